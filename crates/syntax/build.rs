//! Embeds the shipped models from `data/models/` when they exist. A checkout without them still
//! builds; loading the embedded models then fails with a clear error.
use std::{env, fs, path::Path};

fn main() {
    let models = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/models");
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("embedded_models.rs");
    let mut code = String::new();
    for (name, file) in [
        ("TAGGER", "tagger.bin.zst"),
        ("LEMMATIZER", "lemmatizer.bin.zst"),
        ("PARSER", "parser.bin.zst"),
    ] {
        let path = models.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        if path.exists() {
            let abs = path.canonicalize().unwrap();
            code.push_str(&format!(
                "pub const {name}: &[u8] = include_bytes!({:?});\n",
                abs.display().to_string()
            ));
        } else {
            code.push_str(&format!("pub const {name}: &[u8] = &[];\n"));
        }
    }
    println!("cargo:rerun-if-changed={}", models.display());
    fs::write(out, code).unwrap();
}
