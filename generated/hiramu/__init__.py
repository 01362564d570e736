"""hiramu: typed Python clients for Ollama. The Ollama bindings live in `hiramu.ollama`."""
