"""One module per messenger.

Adapters translate updates to ``Incoming`` and screens back; they never decide.
"""
