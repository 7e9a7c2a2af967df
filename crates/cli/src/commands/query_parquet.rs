//! `dyad query --format parquet`: the result rows as a Parquet file, one column per result
//! column, typed from the values (booleans, 64-bit integers, doubles, else UTF-8 strings; nested
//! values as JSON text), every column nullable, zstd-compressed.

use super::query::Rows;
use parquet::basic::{Compression, LogicalType, Repetition, Type as Physical, ZstdLevel};
use parquet::data_type::{BoolType, ByteArray, ByteArrayType, DoubleType, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::types::Type;
use serde_json::Value;
use std::path::Path;
use std::sync::Arc;

/// A column's Parquet type, from the JSON values it holds.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Bool,
    Int,
    Double,
    Text,
}

fn kind<'a>(values: impl Iterator<Item = &'a Value>) -> Kind {
    let mut kind: Option<Kind> = None;
    for v in values {
        let this = match v {
            Value::Null => continue,
            Value::Bool(_) => Kind::Bool,
            Value::Number(n) if n.is_i64() => Kind::Int,
            Value::Number(_) => Kind::Double,
            _ => Kind::Text,
        };
        kind = Some(match (kind, this) {
            (None, k) => k,
            (Some(a), b) if a == b => a,
            (Some(Kind::Int), Kind::Double) | (Some(Kind::Double), Kind::Int) => Kind::Double,
            _ => Kind::Text,
        });
    }
    kind.unwrap_or(Kind::Text)
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Writes `rows` to `path` as Parquet.
pub fn write(path: &Path, rows: &Rows) -> anyhow::Result<()> {
    let kinds: Vec<Kind> = (0..rows.columns.len())
        .map(|i| kind(rows.rows.iter().map(|r| &r[i])))
        .collect();
    let fields = rows
        .columns
        .iter()
        .zip(&kinds)
        .map(|(name, k)| {
            let (physical, logical) = match k {
                Kind::Bool => (Physical::BOOLEAN, None),
                Kind::Int => (Physical::INT64, None),
                Kind::Double => (Physical::DOUBLE, None),
                Kind::Text => (Physical::BYTE_ARRAY, Some(LogicalType::String)),
            };
            Type::primitive_type_builder(name, physical)
                .with_repetition(Repetition::OPTIONAL)
                .with_logical_type(logical)
                .build()
                .map(Arc::new)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let schema = Arc::new(Type::group_type_builder("dyad_query").with_fields(fields).build()?);
    let props = WriterProperties::builder()
        .set_compression(Compression::ZSTD(ZstdLevel::default()))
        .build();
    let file = std::fs::File::create(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let mut writer = SerializedFileWriter::new(file, schema, Arc::new(props))?;
    let mut group = writer.next_row_group()?;
    let mut i = 0;
    while let Some(mut column) = group.next_column()? {
        let values: Vec<&Value> = rows.rows.iter().map(|r| &r[i]).collect();
        let defined: Vec<i16> = values.iter().map(|v| i16::from(!v.is_null())).collect();
        let present = values.iter().filter(|v| !v.is_null());
        match kinds[i] {
            Kind::Bool => {
                let data: Vec<bool> = present.map(|v| v.as_bool().unwrap_or_default()).collect();
                column.typed::<BoolType>().write_batch(&data, Some(&defined), None)?;
            }
            Kind::Int => {
                let data: Vec<i64> = present.map(|v| v.as_i64().unwrap_or_default()).collect();
                column.typed::<Int64Type>().write_batch(&data, Some(&defined), None)?;
            }
            Kind::Double => {
                let data: Vec<f64> = present.map(|v| v.as_f64().unwrap_or_default()).collect();
                column.typed::<DoubleType>().write_batch(&data, Some(&defined), None)?;
            }
            Kind::Text => {
                let data: Vec<ByteArray> = present.map(|v| ByteArray::from(text(v).as_str())).collect();
                column
                    .typed::<ByteArrayType>()
                    .write_batch(&data, Some(&defined), None)?;
            }
        }
        column.close()?;
        i += 1;
    }
    group.close()?;
    writer.close()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use serde_json::json;

    #[test]
    fn rows_round_trip_with_types_and_nulls() {
        let rows = Rows {
            columns: vec!["source", "events", "mean_goldstein", "negated", "spans"],
            rows: vec![
                vec![json!("USAGOV"), json!(12), json!(-2.5), json!(false), json!([[0, 3]])],
                vec![json!(null), json!(3), json!(4), json!(true), json!(null)],
            ],
        };
        let path = std::env::temp_dir().join(format!("dyad-query-{}.parquet", std::process::id()));
        write(&path, &rows).unwrap();
        let reader = SerializedFileReader::new(std::fs::File::open(&path).unwrap()).unwrap();
        let meta = reader.metadata();
        assert_eq!(meta.file_metadata().num_rows(), 2);
        let schema = meta.file_metadata().schema_descr();
        let types: Vec<Physical> = (0..5).map(|i| schema.column(i).physical_type()).collect();
        assert_eq!(
            types,
            [
                Physical::BYTE_ARRAY,
                Physical::INT64,
                Physical::DOUBLE,
                Physical::BOOLEAN,
                Physical::BYTE_ARRAY
            ]
        );
        let got: Vec<String> = reader
            .get_row_iter(None)
            .unwrap()
            .map(|r| r.unwrap().to_string())
            .collect();
        assert_eq!(got.len(), 2);
        assert!(
            got[0].contains("source: \"USAGOV\"") && got[0].contains("events: 12"),
            "{}",
            got[0]
        );
        assert!(got[0].contains("spans: \"[[0,3]]\""), "{}", got[0]);
        assert!(
            got[1].contains("source: null") && got[1].contains("mean_goldstein: 4.0"),
            "{}",
            got[1]
        );
        std::fs::remove_file(&path).unwrap();
    }
}
