"""Report text -> `Findings`, with the words each item came from. Pure: text in, result out.

The stages, each its own module with its rules as data in `rules/`:

1. `text`       normalize once, keeping a map back to her words
2. `sections`   the report's parts (history, comparison, findings, impression, legend, ...)
3. `sentences`  sentences, with the side a line is headed with
4. `targets`    the words calcinfo knows (`rules/targets.toml`, `rules/categories.toml`)
5. `context`    negated, hypothetical, historical, uncertain, not about her (`rules/context.toml`)
6. `assemble`   findings from what survives, and the category policy

Only what the report states is read: a category is never inferred from shapes or words.
"""

from calcinfo.reader.assemble import Reading, read

__all__ = ["Reading", "read"]
