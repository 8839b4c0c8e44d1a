"""The staff desk in the Telegram staff chat."""
