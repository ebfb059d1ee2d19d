"""Paper back in: reading ticked sheets from scans and photos, and entering what they say.

``images`` opens the files, ``geometry`` finds a page's QR code and registration marks and
straightens it, ``marks`` measures each box, ``reading`` puts a page's marks together with
its record, ``entering`` saves what a person confirmed, and ``store`` keeps the page images
encrypted beside the database. Nothing here imports Qt.
"""
