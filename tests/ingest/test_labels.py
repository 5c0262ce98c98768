import pytest

from mianjing.ingest.labels import classify_topic


@pytest.mark.parametrize(("question", "topic"), [
    # Latin terms match whole words: 'rag' is not in 'average', 'ple' (a recsys model) not in
    # 'sample', 'sam' not in 'same'.
    ("How do you average the sampled numbers across the same batch?", "other"),
    ("RAG 的完整流程是什么？怎么提升召回质量？", "rag_agent"),
    # A specific term outweighs generic words around it.
    ("介绍一下 MoE，负载均衡的 loss 怎么设计", "llm"),
    ("DPO 的 loss 推导一下", "rl_alignment"),
    ("LambdaMART 的原理", "recsys"),
    ("Transformers 为什么用 LayerNorm", "transformer"),  # plural still matches
])
def test_topic_of_question(question, topic):
    assert classify_topic(question, "bagu") == topic
