//! dyad-server: the JSON HTTP API and the embedded web dashboard.
