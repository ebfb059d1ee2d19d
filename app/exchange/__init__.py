"""Site bundles and the project manager's merge (DESIGN.md, "Records that travel")."""
