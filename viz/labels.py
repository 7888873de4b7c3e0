"""Words the pages show: node types, columns, statuses and edge types, keyed by the schema's names.

>>> TYPE_LABEL["Platform"]
'平台/系统'
>>> FIELD_LABEL["planned"]
'明年待落实事项'
"""

from __future__ import annotations

from graph import schema as S

__all__ = ["TYPE_LABEL", "FIELD_LABEL", "FIELD_ORDER", "STATUS_LABEL", "EDGE_LABEL", "FONT_STACK", "type_label"]

#: How a node type is named in the pages (the schema name is shown beside it in the legend).
TYPE_LABEL: dict[str, str] = {
    S.CASE: "提案",
    S.SUGGESTION: "建议",
    S.UNIT: "单位",
    S.PERSON: "人员",
    S.DOCUMENT: "文件",
    S.FRAMEWORK: "工作框架",
    S.PLATFORM: "平台/系统",
    S.SITE: "场所",
    S.COLLECTION: "办理情况表",
}

#: The table column each evidence field comes from.
FIELD_LABEL: dict[str, str] = {
    "title": "案由",
    "suggestion": "提案意见建议",
    "completed": "当年已完成的事项",
    "advanced": "当年已推动的工作",
    "planned": "明年待落实事项",
    "remarks": "备注",
}
FIELD_ORDER: dict[str, int] = {f: i for i, f in enumerate(FIELD_LABEL)}

STATUS_LABEL: dict[str, str] = {
    "normal": "已办理",
    "none": "无办理内容",
    "outside_remit": "不属本单位职责",
}

EDGE_LABEL: dict[str, str] = {
    S.PROPOSED_BY: "提出",
    S.LEAD_UNIT: "承办（主办）",
    S.CO_UNIT: "分办（会办）",
    S.HAS_SUGGESTION: "建议",
    S.MENTIONS: "提及",
    S.IN_COLLECTION: "所在表",
    S.OWNED_BY: "所属单位",
}

#: Fonts that carry Chinese glyphs on Windows, macOS and Linux, in that order of likelihood.
FONT_STACK = ('"Microsoft YaHei", "微软雅黑", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", '
              '"Source Han Sans SC", "WenQuanYi Micro Hei", SimHei, "Segoe UI", Arial, sans-serif')


def type_label(type_: str) -> str:
    """The Chinese name of a node type, or the type itself when it has none."""
    return TYPE_LABEL.get(type_, type_)
