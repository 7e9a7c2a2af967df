//! Event lexicon: the CAMEO/PLOVER ontology and the event patterns.
