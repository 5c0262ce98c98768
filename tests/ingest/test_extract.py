"""Extraction rules, one mistake per test, plus the score on the labelled set."""

from pathlib import Path

import pytest

from mianjing.ingest.evaluate import evaluate
from mianjing.ingest.extract import parse_date, parse_duration, parse_outcome, parse_round
from mianjing.ingest.labels import classify_kind, leetcode_number
from mianjing.ingest.pipeline import extract_document
from mianjing.ingest.reader import Document

GOLD = Path(__file__).parent / "gold"


def extract(text):
    return extract_document(Document("t.txt", text))


def questions(text):
    return [q.text for post in extract(text) for _, q in post.questions]


@pytest.mark.parametrize("items", [
    "1、LN 和 BN 的区别 2、讲一下 RoPE 3、手撕 softmax",
    "1. LN 和 BN 的区别\n2. 讲一下 RoPE\n3. 手撕 softmax",
    "① LN 和 BN 的区别 ② 讲一下 RoPE ③ 手撕 softmax",
    "1️⃣ LN 和 BN 的区别 2️⃣ 讲一下 RoPE 3️⃣ 手撕 softmax",
    "(1) LN 和 BN 的区别\n(2) 讲一下 RoPE\n(3) 手撕 softmax",
    "Q1: LN 和 BN 的区别\nQ2: 讲一下 RoPE\nQ3: 手撕 softmax",
    "- LN 和 BN 的区别\n- 讲一下 RoPE\n- 手撕 softmax",
])
def test_every_numbering_style_gives_three_questions(items):
    assert questions("字节 一面\n" + items) == ["LN 和 BN 的区别", "讲一下 RoPE", "手撕 softmax"]


def test_numbers_inside_questions_do_not_start_items():
    got = questions("一面：1.代码题:56.合并区间 2.讲一下 Qwen2.5 的结构 3.代码:23.合并 K 个升序链表")
    assert got == ["代码题:56.合并区间", "讲一下 Qwen2.5 的结构", "代码:23.合并 K 个升序链表"]


def test_rejects_candidate_answers_as_questions():
    got = questions("快手 一面\n- ViT的操作过程?(Patchify+TransformerEncoder)\n"
                    "- 为什么用 LN？答：BN 依赖 batch 统计量\n- CFG 是什么（我答的是调条件强度）")
    assert got == ["ViT的操作过程", "为什么用 LN", "CFG 是什么"]


def test_keeps_english_glosses_in_brackets():
    assert questions("- 手撕 集束搜索 (beam search)") == ["手撕 集束搜索 (beam search)"]


def test_follow_up_stays_attached_to_its_question():
    got = questions("一面\n1、LN 和 BN 的区别\n   追问：那 RMSNorm 呢\n2、讲一下 KV cache")
    assert got == ["LN 和 BN 的区别；追问：那 RMSNorm 呢", "讲一下 KV cache"]


def test_splits_compound_lines_but_not_a_question_with_its_context():
    assert questions("- 了解 RAG 吗, GraphRAG 的做法") == ["了解 RAG 吗", "GraphRAG 的做法"]
    assert questions("- 如果训练的 ViT 要扩展到更高分辨率,该怎么处理呢") == \
        ["如果训练的 ViT 要扩展到更高分辨率,该怎么处理呢"]


def test_drops_narration_advice_and_outcomes():
    got = questions("字节 一面\n面试官人很好，全程很耐心\n1、讲一下 DPO\n建议大家多刷 hot100\n已OC，许愿顺利")
    assert got == ["讲一下 DPO"]


def test_points_of_a_pasted_answer_are_not_questions():
    answer = ("美团 一面\n1、Adam 和 SGD 的区别\n"
              "两者在收敛速度和泛化上各有取舍，主要体现在以下方面：\n"
              "一、学习率自适应\n二、动量的估计方式\n三、泛化表现的差异\n")
    assert questions(answer) == ["Adam 和 SGD 的区别"]
    asked = "美团 一面\n面试官问了以下几个问题：\n一、学习率预热的作用\n二、混合精度训练的原理\n"
    assert questions(asked) == ["学习率预热的作用", "混合精度训练的原理"]


def test_narration_after_a_question_does_not_swallow_it():
    got = questions("- 有没有用过 DeepSpeed 做训练。这个之前在组里跑过一下，简单讲了讲。\n"
                    "- 写一下 focal loss 的公式。主要还是讲清楚思路")
    assert got == ["有没有用过 DeepSpeed 做训练", "写一下 focal loss 的公式"]


def test_spaces_around_latin_words_are_typography_not_separators():
    got = questions("- multi-head 为什么要 split heads，head 数越多越好吗\n"
                    "- LLaVA 的 two-stage training 分别 train 哪些参数\n"
                    "- 长 CoT 模型为什么会 overthinking？有什么办法")
    assert got == ["multi-head 为什么要 split heads", "head 数越多越好吗",
                   "LLaVA 的 two-stage training 分别 train 哪些参数",
                   "长 CoT 模型为什么会 overthinking?有什么办法"]


def test_a_space_ends_a_question_when_the_next_piece_stands_alone():
    got = questions("1️⃣ AUC的物理意义 GAUC又是啥\n2️⃣ 多目标用过哪些 MMoE和PLE区别\n"
                    "3️⃣ DIN的attention是怎么做的 追问为什么不用softmax\n"
                    "4️⃣ 生成式推荐了解吗 讲讲你的看法\n5️⃣ 讲实习项目 追问线上收益多少、ab怎么做的")
    assert got == ["AUC的物理意义", "GAUC又是啥", "多目标用过哪些", "MMoE和PLE区别",
                   "DIN的attention是怎么做的；追问：为什么不用softmax",
                   "生成式推荐了解吗 讲讲你的看法",
                   "讲实习项目；追问：线上收益多少、ab怎么做的"]


def test_a_trailing_request_is_a_question():
    assert questions("- CLIP 的训练目标是什么，InfoNCE loss 写一下\n- 实习能来多久，最早什么时候到岗") \
        == ["CLIP 的训练目标是什么", "InfoNCE loss 写一下", "实习能来多久", "最早什么时候到岗"]


def test_a_pasted_answer_under_a_heading_is_skipped_until_the_next_question():
    text = ("# 某厂 一面\n### 1. PPO 里 GAE 是什么\n**参考答案：**\nGAE 对 TD 残差做指数加权。\n"
            "- λ=0：退化为一步 TD，方差小偏差大\n#### 为什么 λ 取 0.95？\n1. 折中偏差和方差\n"
            "2. 经验值\n### 2. DPO 的 loss 推导一下\n参考答案：从 KL 约束的目标出发……\n"
            "- 换 IPO、SimPO 等变体\n### 3. 反问\n- 组里做什么")
    assert questions(text) == ["PPO 里 GAE 是什么", "DPO 的 loss 推导一下", "组里做什么"]


def test_a_pasted_answer_in_a_numbered_list_ends_at_the_next_number():
    text = "一面\n1. MoE 的负载均衡怎么做\n答：\n1. 辅助 loss\n2. 容量因子限制\n2. 讲讲 GQA"
    assert questions(text) == ["MoE 的负载均衡怎么做", "讲讲 GQA"]


def test_a_pasted_chatbot_answer_is_skipped_until_the_story_goes_on():
    text = ("字节 一面\n手撕注意力\n然后让写一个 attention 的公式，没写出来\nchatgpt回答\n"
            "注意力的数学形式\n给定查询 Q、键 K、值 V：\n缩放\n优势：\n- 并行度高\n"
            "扩散模型\n然后问扩散模型知道不，我说没做过\nGPT 的答案：\n正向过程\n反向过程\n"
            "最后问 DDIM 为什么能少步采样")
    assert questions(text) == ["写一个 attention 的公式", "扩散模型知道不",
                               "DDIM 为什么能少步采样"]


def test_a_reference_answer_after_a_chatbot_answer_is_not_ended_by_narration():
    text = ("# 一面\n### 1. 讲讲 GQA\nchatgpt回答\nGQA 让多个 query 头共享一组 KV\n"
            "### 2. 讲讲 MLA\n参考答案：\n先把 KV 压到低秩潜向量\n后面为什么要单独给 RoPE 留维度？因为位置信息不能被吸收\n"
            "### 3. 讲讲 MoE")
    assert questions(text) == ["讲讲 GQA", "讲讲 MLA", "讲讲 MoE"]


def test_a_line_that_only_mentions_chatgpt_opens_no_answer():
    assert questions("一面\n1. 用 ChatGPT 回答用户问题时怎么做安全对齐\n2. 讲讲 RLHF") == [
        "用 ChatGPT 回答用户问题时怎么做安全对齐", "讲讲 RLHF"]


def test_markdown_emphasis_is_dropped():
    assert questions("- **手撕**：写 `softmax`，要数值稳定") == ["手撕:写 softmax,要数值稳定"]


def test_the_candidates_side_after_a_comma_is_dropped():
    got = questions("一面\n- coding：力扣 3. 无重复字符的最长子串，sliding window 秒了\n"
                    "反问：组里做什么，答主要是搜索里的query理解\n"
                    "反问：实习生能不能碰到训练，面试官说能，组里卡挺多的\n"
                    "开始前面试官还顺口问了我对 K2 的看法，我就随便吹了吹")
    assert got == ["coding:力扣 3. 无重复字符的最长子串", "组里做什么", "实习生能不能碰到训练"]


def test_answer_lines_summaries_and_skipped_items_are_not_questions():
    got = questions("一面\n1. 自我介绍+实习介绍，略\n2. GRPO和PPO比有什么不同？\n"
                    "我回答：组内归一化当 advantage，不需要 value model。\n"
                    "面试官追问：那组内reward全一样怎么办\n"
                    "3. 大模型推理时 top-p 是什么（这个简单，略）\n"
                    "我答得很乱。。。说了SFT数据筛长度、reward里加长度惩罚\n"
                    "总结：基础不牢，手撕一定要多练")
    assert got == ["GRPO和PPO比有什么不同；追问：那组内reward全一样怎么办",
                   "大模型推理时 top-p 是什么"]


def test_a_question_followed_by_its_answer_after_a_colon_keeps_the_question():
    assert questions("反问\n- 实习生主要做什么：参与 agentic RL 的数据和环境搭建\n"
                     "- 一共几轮面试：一般三轮\n- 现场算：7B 模型 fp16 的 KV cache 占多少显存") == [
        "实习生主要做什么", "一共几轮面试", "现场算:7B 模型 fp16 的 KV cache 占多少显存"]


def test_brackets_that_give_the_tasks_inputs_or_options_stay():
    assert questions("手撕\n- 写 GRPO 的 loss（给 logprobs、rewards、group_size）\n"
                     "反问\n- 组里 infra 用的什么框架（verl / OpenRLHF / 自研）\n"
                     "- 讲讲 MoE（我说了 top-k 路由 / 负载均衡）") == [
        "写 GRPO 的 loss(给 logprobs、rewards、group_size)",
        "组里 infra 用的什么框架(verl / OpenRLHF / 自研)", "讲讲 MoE"]


def test_a_coding_task_told_in_a_story_keeps_its_description():
    got = questions("一面\n问完项目他开始问八股，先问了我LoRA为什么能省显存，我说了低秩分解。"
                    "然后让我写代码，题目是给一个字符串数组，把字母异位词分到一组，就是力扣49，"
                    "我用排序后的字符串做key写完了。然后聊到MCP，他问我MCP和tool registry比有什么优势。")
    assert got == ["LoRA为什么能省显存", "给一个字符串数组，把字母异位词分到一组，就是力扣49",
                   "MCP和tool registry比有什么优势"]


def test_questions_listed_with_enumeration_commas_are_split():
    got = questions("HR面\n就是常规的：为什么选腾讯而不是字节、手上有哪些offer、期望薪资、最快什么时候能来实习\n"
                    "- 讲讲 Adam、AdamW、Lion 的区别")
    assert got == ["为什么选腾讯而不是字节", "手上有哪些offer", "期望薪资", "最快什么时候能来实习",
                   "讲讲 Adam、AdamW、Lion 的区别"]


def test_a_question_about_a_team_is_not_a_post_header():
    posts = extract("腾讯 多模态算法 一面\n- 讲一篇你最近读的论文\n"
                    "反问：混元多模态现在主要卡在哪（面试官说数据和评测都缺）")
    assert len(posts) == 1 and posts[0].company == "腾讯"
    assert [q.text for _, q in posts[0].questions] == ["讲一篇你最近读的论文", "混元多模态现在主要卡在哪"]


def test_an_example_after_a_question_stays_with_it():
    assert questions("- 图像生成和理解统一的模型了解吗？比如 Janus、BAGEL 的做法\n- 京东为什么要自研大模型，你怎么看") \
        == ["图像生成和理解统一的模型了解吗?比如 Janus、BAGEL 的做法", "京东为什么要自研大模型,你怎么看"]


def test_a_long_request_after_a_connective_is_its_own_question():
    got = questions("- 详细讲一下 DDP 的通信流程。并讲一下 bucket_cap_mb , find_unused_parameters , "
                    "gradient_as_bucket_view , static_graph 这几个参数分别起什么作用，"
                    "以及它们如何影响显存占用和训练速度")
    assert got[0] == "详细讲一下 DDP 的通信流程"
    assert len(got) == 2 and got[1].startswith("讲一下 bucket_cap_mb") \
        and got[1].endswith("如何影响显存占用和训练速度")


def test_going_through_the_candidates_work_is_a_question_but_not_a_heading():
    text = ("字节 大模型 一面\n- 问论文。面试官自己不是做这个方向的\n- 先拷打项目\n- 讲一下 RoPE\n"
            "二面\n项目拷打\n1. LoRA 的秩怎么选\n"
            "三面 项目深挖 半小时有没有关注过最新的 3DGS 工作")
    assert questions(text) == ["问论文", "先拷打项目", "讲一下 RoPE", "LoRA 的秩怎么选",
                               "项目深挖", "有没有关注过最新的 3DGS 工作"]
    assert questions("腾讯 一面\n- 项目拷打：多任务 loss 的权重怎么定") == ["多任务 loss 的权重怎么定"]


def test_glued_text_restarting_at_a_named_subject_is_a_new_sentence():
    assert questions("高德 一面\n讲一下transformertransformer和cnn的区别") == \
        ["讲一下transformer", "transformer和cnn的区别"]
    # a question run into its pasted answer, which restates the subject
    assert questions("模型篇\n介绍下LoRA的原理LoRA是一种低秩适配方法,它冻结原权重") == ["介绍下LoRA的原理"]
    # not after an open ask or a binding character
    assert questions("美团 一面\n- LoRA和全参微调的区别,为什么LoRA能work") == \
        ["LoRA和全参微调的区别", "为什么LoRA能work"]


def test_a_question_after_context_is_followed_by_its_own_next_question():
    got = questions("字节 二面\n- 实习里微调过Qwen2,你说说Qwen2的模型结构吧,Qwen2相比Qwen1做了哪些改进\n"
                    "- 核心代码模式,写一下大模型解码时,beam 树如何构建")
    assert got == ["你说说Qwen2的模型结构吧", "Qwen2相比Qwen1做了哪些改进",
                   "核心代码模式,写一下大模型解码时,beam 树如何构建"]


def test_spaced_terms_answers_told_and_asides_naming_a_library():
    got = questions("字节 二面\n1.为什么现在 Decoder - only 成为大模型的主流架构\n"
                    "2.有没有了解过推训一致性?我讲了一下强化学习里的推训一致性,固定 flash attention 分块策略,"
                    " vllm 推理框架固定 page attention 分块策略。\n"
                    "3.beam 树如何构建,如何得到最终的结果( pytorch 简单实现了一下,主要还是讲明白)")
    assert got == ["为什么现在 Decoder - only 成为大模型的主流架构", "有没有了解过推训一致性",
                   "beam 树如何构建", "如何得到最终的结果"]
    # a constraint in brackets stays: "(numpy,不能用库)"
    assert questions("美团 一面\n- 手写 softmax(numpy,不能用库)") == ["手写 softmax(numpy,不能用库)"]


def test_follow_ups_after_writing_slashed_asks_and_outcome_lines():
    got = questions("美团 二面 1h 手撕MHA 写完问我为什么要除以根号d 然后写了个 合并K个升序链表 反问 新人怎么培养\n"
                    "- 手撕:kmeans,写完问初始化怎么选\n- reverse: WLB 怎么样 / 组里 on-call 吗\n"
                    "先说结论:11.20 OC了\n当天晚上就约了三面 冲鸭")
    assert got == ["手撕MHA；追问：为什么要除以根号d", "合并K个升序链表", "新人怎么培养", "手撕:kmeans；追问：初始化怎么选",
                   "WLB 怎么样", "组里 on-call 吗"]


def test_labels_with_a_lead_difficulty_only_and_complexity_follow_ups():
    got = questions("字节 三面\n- 直接写题:线性回归,用numpy手搓。印象深刻\n"
                    "- 接着是一些cv的基础知识:head数目增加的话 计算量怎么变?\n"
                    "- 上来lc hard😅 LC 87. 扰乱字符串 lz真的不会\n- 分析复杂度?(写得有问题,分析也错了)")
    assert got == ["直接写题:线性回归,用numpy手搓", "head数目增加的话 计算量怎么变",
                   "LC 87. 扰乱字符串；分析复杂度?"]


def test_a_question_the_story_leads_to_is_kept_without_the_story():
    got = questions("B站 二面\n- 聊论文,由于论文里用到了VQ-VAE,所以问了一下VQ-VAE怎么更新codebook的\n"
                    "- 我们这里是做aigc的,你知道哪些aigc相关的知识呢?(SD, DiT)\n"
                    "- 因为好像是主管,所以直接让我反问:组里做什么?(视频生成)\n"
                    "- 给你1000张H800训一个100B的MoE，你怎么规划并行策略")
    assert got == ["聊论文", "VQ-VAE怎么更新codebook的", "你知道哪些aigc相关的知识呢", "组里做什么",
                   "给你1000张H800训一个100B的MoE,你怎么规划并行策略"]


def test_short_stories_that_open_with_the_ask_and_reading_lists_with_links():
    got = questions("快手 一面\n然后问机器学习算法FM算法,然后我说不知道,这个我还真没听说过,查了下,是推荐的算法,"
                    "因子分解机,真不懂,回去现学记住吧,下次再问就会了\n"
                    "然后就是反问,我问了组里是应用还是偏科研,然后面试官说不会以发论文为目的,是算法在具体业务里的落地和优化,然后就结束了。\n"
                    "致谢\n- LLMs 面试笔记 https://example.com/notes\n- 为什么推荐这份题单? https://x.cn/q")
    assert got == ["机器学习算法FM算法", "组里是应用还是偏科研", "为什么推荐这份题单"]


def test_run_on_follow_ups_bare_labels_and_a_header_glued_to_a_question():
    got = questions("高德 一面:1、三角函数位置编码有哪些好处,旋转位置编码呢2、多头会做融合吗?还是什么时候做融合?"
                    "3、开放问题 sora看法 4、diffusion优劣常见的采样方式及原理ddim dpm++ "
                    "5、手写一个基本的伪代码二面:谈谈对数字人的理解")
    assert got == ["三角函数位置编码有哪些好处,旋转位置编码呢", "多头会做融合吗?还是什么时候做融合?",
                   "开放问题 sora看法", "diffusion优劣", "常见的采样方式及原理ddim dpm++",
                   "手写一个基本的伪代码", "谈谈对数字人的理解"]


def test_bracketed_section_tags_are_labels():
    got = questions("字节 一面\n- 【手撕】MHA，要求支持 causal mask\n- 【算法】LC200\n- [八股] 讲一下 RoPE")
    assert got == ["手撕:MHA,要求支持 causal mask", "算法:LC200", "讲一下 RoPE"]


def test_run_on_paragraph_splits_companies_and_rounds():
    text = ("最近面了两家 字节 大模型 一面 40min 问了 RoPE 怎么实现的 为什么用 RMSNorm "
            "二面 1h 问 PPO 里为什么要加 KL 惩罚 挂了 快手 推荐算法 一面 问粗排和精排的区别")
    posts = extract(text)
    assert [(p.company, [r.name for r in p.rounds]) for p in posts] == \
        [("字节跳动", ["一面", "二面"]), ("快手", ["一面"])]
    assert posts[0].rounds[0].duration_min == 40 and posts[0].rounds[1].outcome == "fail"
    assert any("粗排和精排的区别" in q.text for _, q in posts[1].questions)


def test_space_separated_run_on_gives_one_question_per_piece():
    got = questions("美团 大模型 一面 大概五十分钟 然后问GQA和MQA的区别 kv cache为什么能省显存 "
                    "flash attention的原理 追问tiling块大小怎么定 PagedAttention好在哪 "
                    "问了为什么要除根号dk LayerNorm和RMSNorm区别 然后让写了个 lc 146 LRU缓存 "
                    "秒了 反问了一下组里做啥 说是做推理加速")
    assert got == ["GQA和MQA的区别", "kv cache为什么能省显存",
                   "flash attention的原理；追问：tiling块大小怎么定", "PagedAttention好在哪",
                   "为什么要除根号dk", "LayerNorm和RMSNorm区别", "lc 146 LRU缓存", "组里做啥"]


def test_a_round_mentioned_in_narration_opens_no_round_and_a_late_header_does():
    text = ("快手 推荐 一面 问了DIN的原理 为什么用attention 一面就挂了 估计是项目不够硬 "
            "京东零售推荐一面 面试官问了fm和ffm区别 wide&deep里wide部分的作用 面完就流程结束了")
    posts = extract(text)
    assert [(p.company, [r.name for r in p.rounds]) for p in posts] == \
        [("快手", ["一面"]), ("京东", ["一面"])]
    assert [q.text for _, q in posts[1].questions] == ["fm和ffm区别", "wide&deep里wide部分的作用"]


def test_questions_told_as_a_story_are_found_in_their_clauses():
    got = questions("快手 推荐 一面\n面试官声音挺年轻，先让我自我介绍，然后就开始挖我在美团的实习，"
                    "问我召回用了哪些通道，我说了协同过滤和双塔，他又问负样本怎么采的，我答得一般。"
                    "然后问了一个比较基础的，AUC和GAUC有什么区别，我扯了半天。"
                    "最后是一道题，让我写个堆排序，我写完他让我分析空间复杂度，然后就结束了。")
    assert got == ["美团的实习", "召回用了哪些通道；追问：负样本怎么采的", "AUC和GAUC有什么区别",
                   "写个堆排序；追问：分析空间复杂度"]


def test_readers_comments_and_related_links_are_not_questions():
    got = questions("美团 大模型 一面\n1. 讲一下 GQA\n2. 手撕 top-k 采样\n全部评论 (3)\n"
                    "小王：请问 base 是北京吗？\n老李：GQA 那题怎么答比较好？\n相关推荐\n"
                    "腾讯一面：问了 RLHF 全流程")
    assert got == ["讲一下 GQA", "手撕 top-k 采样"]


@pytest.mark.parametrize("text,expected", [
    ("5.14 pdd推荐一面", "一面"), ("三面(50min)P9主管面", "三面"), ("HR面", "HR面"),
    ("hr 面", "HR面"), ("交叉面", "交叉面"), ("加面", "加面"), ("2面", "二面"),
    ("面试官人很好", None), ("leader面", "主管面"),
])
def test_round_names(text, expected):
    assert parse_round(text) == expected


def test_durations_dates_outcomes():
    assert parse_duration("一面(50min)") == 50 and parse_duration("二面 1h") == 60
    assert parse_date("2025.9.3") == "2025-09-03" and parse_date("5.14 一面") == "05-14"
    assert parse_outcome("已OC") == "offer" and parse_outcome("一周后挂了") == "fail"
    assert parse_outcome("第二天约了二面") == "pass" and parse_outcome("问了 RoPE") is None


@pytest.mark.parametrize("text,number", [
    ("手写算法:lc 69.平方根", 69), ("LC148", 148), ("力扣 215", 215), ("leetcode 3", 3),
    ("手撕 合并K个升序链表", 23), ("hot100 接雨水", 42), ("1004. 最大连续1的个数 III", 1004),
    ("面试题01.07 旋转矩阵", None), ("讲一下 Qwen2.5", None),
])
def test_leetcode_numbers_from_numbers_and_titles(text, number):
    assert leetcode_number(text) == number


@pytest.mark.parametrize("text,kind", [
    ("手撕 softmax", "code_ml"), ("lc 69 x 的平方根", "code_algo"), ("手写 LayerNorm", "code_ml"),
    ("场景题：如何搭建一个 RAG 链路", "scenario"), ("你怎么看 Sora", "open"),
    ("讲一下你的论文", "project"), ("期望薪资多少", "hr"), ("反问：业务场景", "reverse"),
    ("GAN 和 diffusion 的区别", "bagu"), ("手写交叉熵公式", "bagu"),
])
def test_kinds(text, kind):
    leetcode = leetcode_number(text)
    assert classify_kind(text, leetcode=leetcode) == kind


def test_labelled_posts_score_above_floor():
    """The posts written for the labelled set (always present): a regression floor well above
    chance; bench/ingest_quality.py prints the full report."""
    report, _ = evaluate([p for p in GOLD.glob("*.json") if not p.name.startswith("seed_")])
    assert report.f1 >= 0.9, report.f1
    assert report.accuracy("company") >= 0.9
    assert report.accuracy("leetcode") >= 0.97
    assert report.accuracy("kind") >= 0.8


def test_held_out_posts_score_above_floor():
    """Posts and labels written by a helper that never saw the extractor (tests/ingest/heldout):
    F1 0.726 when they arrived, 0.805 after the run-on, story and comment rules, 0.915 in
    session 8. A floor for the general case rather than for the posts the rules were tuned on."""
    report, skipped = evaluate(sorted((GOLD.parent / "heldout" / "gold").glob("*.json")))
    assert not skipped and len(report.files) == 10
    assert report.f1 >= 0.88, report.f1
    assert report.accuracy("company") >= 0.9
    assert report.accuracy("leetcode") >= 0.97


def test_second_held_out_set_scores_above_floor():
    """A second set written the same way (tests/ingest/heldout2, 14 posts, 238 questions) after
    the rules above were tuned: F1 0.825 on arrival for the extractor of the time, 0.911 in
    session 8 (which read its misses, so it is no longer strictly held out)."""
    report, skipped = evaluate(sorted((GOLD.parent / "heldout2" / "gold").glob("*.json")))
    assert not skipped and len(report.files) == 10
    assert report.f1 >= 0.88, report.f1
    assert report.accuracy("company") >= 0.9
    assert report.accuracy("leetcode") >= 0.97


def test_third_held_out_set_scores_above_floor():
    """tests/ingest/heldout3 (14 posts, 239 questions), written the same way in session 8: F1
    0.847 on arrival (the honest number for unseen posts), 0.857 after bracketed tags."""
    report, skipped = evaluate(sorted((GOLD.parent / "heldout3" / "gold").glob("*.json")))
    assert not skipped and len(report.files) == 10
    assert report.f1 >= 0.82, report.f1
    assert report.accuracy("leetcode") >= 0.97


def test_seed_posts_score_above_floor():
    """The five real seed posts, when this machine has them (../shared/seeds): a regression
    floor under the current score (F1 0.907 in session 8 on these messy, answer-heavy posts)."""
    from mianjing.ingest.evaluate import seed_dirs

    if not seed_dirs():
        pytest.skip("seed posts not on this machine")
    report, skipped = evaluate(sorted(GOLD.glob("seed_*.json")))
    assert not skipped
    assert report.f1 >= 0.88, report.f1
    assert report.accuracy("leetcode") >= 0.97
