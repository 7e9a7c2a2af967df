//! Actor lexicon: countries, organisations, people with dated roles, agents (roles → sectors).
