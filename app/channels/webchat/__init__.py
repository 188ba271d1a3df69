"""Web chat for residents and advocates: a JS-free page and the same chat as JSON."""
