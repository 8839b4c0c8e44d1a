"""One module per messenger, and the little they share.

Adapters translate updates to ``Incoming`` and screens back; they never decide.
Shared: the ``Channel`` protocol (``base``), one person's replies in order (``order``),
long texts cut at paragraph ends (``text``).
"""
