"""hiramu: typed clients for local model servers."""
