"""The evaluation across sites and years: statistics as SPSS reports them (DESIGN.md)."""
