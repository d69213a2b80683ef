"""The gazetteer build, one concern per module (see data/build_gazetteers.py)."""
