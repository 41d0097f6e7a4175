"""calcinfo: an offline, plain-language explainer for breast calcifications on a mammogram report.

Education, not a diagnosis.
"""

__version__ = "0.1.0"
