//! dyad-store: persistence of coded documents, events, quotes and rejects, and queries over them.
