//! The OpenAPI 3.1 description of the API: `openapi.json` (checked in, embedded) with the coded
//! document's JSON Schema, generated from the Rust types, inserted as components. A test checks that it lists
//! exactly the routes the router serves.

use serde_json::Value;

const DOCUMENT: &str = include_str!("../openapi.json");

/// The full OpenAPI document.
pub fn document() -> Value {
    let mut doc: Value = serde_json::from_str(DOCUMENT).unwrap_or_else(|_| Value::Object(Default::default()));
    // The generated schema keeps its parts under `$defs`; they become OpenAPI components.
    let generated = dyad_code::record::json_schema().replace("#/$defs/", "#/components/schemas/");
    let mut coded: Value = serde_json::from_str(&generated).unwrap_or(Value::Null);
    let defs = coded.as_object_mut().and_then(|o| {
        o.remove("$schema");
        o.remove("$defs")
    });
    if let Some(schemas) = doc.pointer_mut("/components/schemas").and_then(Value::as_object_mut) {
        if let Some(Value::Object(defs)) = defs {
            schemas.extend(defs);
        }
        schemas.insert("CodedDocument".into(), coded);
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ROUTES;

    #[test]
    fn documents_exactly_the_served_routes() {
        let doc = document();
        assert_eq!(doc["openapi"], "3.1.0");
        let paths = doc["paths"].as_object().expect("paths");
        for (method, path) in ROUTES {
            assert!(
                paths.get(*path).and_then(|p| p.get(*method)).is_some(),
                "{method} {path} undocumented"
            );
        }
        let documented: usize = paths.values().map(|p| p.as_object().map_or(0, |m| m.len())).sum();
        assert_eq!(
            documented,
            ROUTES.len(),
            "openapi.json documents a route the router lacks"
        );
        assert!(doc
            .pointer("/components/schemas/CodedDocument/properties/events")
            .is_some());
        assert!(doc
            .pointer("/components/schemas/EventRecord/properties/cameo")
            .is_some());
        assert!(!doc.to_string().contains("#/$defs/"), "dangling JSON Schema references");
    }
}
