"""Interface languages: catalogs, the translator, translated outputs."""
