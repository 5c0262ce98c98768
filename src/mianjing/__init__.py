"""mianjing: a workbench for AI/ML algorithm-engineer interview preparation."""

__version__ = "0.1.0"
