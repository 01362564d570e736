"""Benchmarks of hiramu against the official `ollama` package and raw httpx (`make bench`)."""
