"""ReportLab layouts of every paper form and report: pure writers of plain data."""
