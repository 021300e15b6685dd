"""crosscheck: claim verification and cross-source consistency checking.

The library API: ``crosscheck.check(paths, rules=...) -> Report``; render a report with
``crosscheck.report.render(report, "markdown")``.
"""

from .models import Report
from .pipeline import NoDocumentsError, check

__all__ = ["NoDocumentsError", "Report", "check"]
