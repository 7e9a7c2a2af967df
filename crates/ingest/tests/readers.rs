//! Every reader and every kind of reject, on the crate's own fixtures (tests/fixtures).

use dyad_ingest::{feed, plain, source, Document, Format, Ingest, IngestOptions, Item, Reject};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn ingest(name: &str, options: IngestOptions) -> (Vec<Document>, Vec<Reject>, dyad_ingest::Stats) {
    let mut ingest = Ingest::new(vec![fixture(name).display().to_string()], None, options);
    let items: Vec<Item> = ingest.by_ref().collect();
    let stats = ingest.stats();
    let (docs, rejects): (Vec<_>, Vec<_>) = items.into_iter().partition(Result::is_ok);
    (
        docs.into_iter().map(Result::unwrap).collect(),
        rejects.into_iter().map(Result::unwrap_err).collect(),
        stats,
    )
}

#[test]
fn text_directory_is_read_recursively_in_order_without_hidden_files() {
    let (docs, rejects, _) = ingest("texts", IngestOptions::default());
    assert!(rejects.is_empty(), "{rejects:?}");
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].title.as_deref(), Some("Talks resume in the valley"));
    assert!(docs[0].text.ends_with("border dispute."), "{:?}", docs[0].text);
    assert!(
        docs[1].text.ends_with("before spring."),
        "trailing 'Share' kept: {:?}",
        docs[1].text
    );
    assert!(docs[1].source.as_deref().unwrap().ends_with("b.txt"));
    assert!(docs.iter().all(|d| d.id.starts_with("sha256:")));
}

#[test]
fn glob_patterns_expand_to_sorted_files() {
    let pattern = fixture("texts").join("*.txt").display().to_string();
    let paths: Vec<PathBuf> = source::expand(&pattern).into_iter().map(Result::unwrap).collect();
    assert_eq!(
        paths.len(),
        1,
        "hidden and nested files are not matched by *.txt: {paths:?}"
    );
    assert!(paths[0].ends_with("a.txt"));
    let missing = source::expand(&fixture("nothing-*.txt").display().to_string());
    assert!(missing[0].as_ref().unwrap_err().reason.contains("no file matches"));
}

#[test]
fn demo_article_loses_its_trailing_comments_line() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/seed-article.txt");
    let doc = Ingest::new(vec![path.display().to_string()], None, IngestOptions::default())
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(doc.title.as_deref(), Some("US ready for bilateral talks with N Korea"));
    let last = doc.text.lines().last().unwrap();
    assert_ne!(last.trim(), "Comments");
    assert!(last.ends_with("until the end.\""), "{last}");
}

#[test]
fn stdin_text_may_start_with_a_title() {
    let options = IngestOptions::default();
    let doc = plain::from_bytes(b"Headline here\nBody sentence one.".to_vec(), "-", &options).unwrap();
    assert_eq!(
        (doc.title.as_deref(), doc.text.as_str()),
        (Some("Headline here"), "Body sentence one.")
    );
    let no_title = IngestOptions {
        title_line: false,
        ..IngestOptions::default()
    };
    let doc = plain::from_bytes(b"Headline here\nBody sentence one.".to_vec(), "-", &no_title).unwrap();
    assert_eq!(doc.title, None);
}

#[test]
fn invalid_utf8_text_is_rejected_with_its_offset() {
    let (docs, rejects, stats) = ingest("bad-utf8.txt", IngestOptions::default());
    assert!(docs.is_empty());
    assert_eq!(rejects[0].offset, Some(17));
    assert!(rejects[0].reason.contains("invalid UTF-8 at byte 17"), "{}", rejects[0]);
    assert_eq!(stats.errors, 1);
}

#[test]
fn oversized_documents_are_rejected() {
    let options = IngestOptions {
        max_bytes: 50,
        ..IngestOptions::default()
    };
    let (docs, rejects, _) = ingest("texts/sub/b.txt", options);
    assert!(docs.is_empty());
    assert!(
        rejects[0].reason.contains("over the size limit of 50"),
        "{}",
        rejects[0]
    );
}

fn check_jsonl(name: &str) {
    let (docs, rejects, stats) = ingest(name, IngestOptions::default());
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["n1", "n2", "n8"]);
    assert_eq!(docs[0].date.as_deref(), Some("2024-03-05"));
    assert_eq!(docs[0].source.as_deref(), Some("Daily Fixture"));
    assert_eq!(docs[1].date.as_deref(), Some("2024-03-05"), "RFC 2822 date normalised");
    assert_eq!(docs[0].language.as_deref(), Some("eng"));
    let by_record = |n: u64| {
        rejects
            .iter()
            .find(|r| r.record == Some(n))
            .unwrap_or_else(|| panic!("record {n}"))
    };
    assert!(by_record(3).reason.starts_with("duplicate of n1"), "{}", by_record(3));
    assert!(by_record(4).reason.starts_with("language fra"), "{}", by_record(4));
    assert!(by_record(5).reason.starts_with("bad JSON"), "{}", by_record(5));
    assert!(by_record(7).reason.starts_with("missing text"), "{}", by_record(7));
    let utf8 = by_record(8);
    assert!(utf8.reason.starts_with("invalid UTF-8"), "{utf8}");
    assert!(utf8.offset.unwrap() > 0);
    assert!(by_record(9).reason.contains("expected an object"), "{}", by_record(9));
    assert_eq!(
        (stats.accepted, stats.duplicates, stats.other_language, stats.errors),
        (3, 1, 1, 4)
    );
    assert!(rejects
        .iter()
        .all(|r| r.source.ends_with(name) || r.reason.starts_with("duplicate") || r.reason.starts_with("language")));
}

#[test]
fn jsonl_reader_yields_documents_and_each_kind_of_bad_record() {
    check_jsonl("docs.jsonl");
}

#[test]
fn gzipped_jsonl_reads_the_same() {
    check_jsonl("docs.jsonl.gz");
}

#[test]
fn no_language_filter_keeps_french_and_no_dedup_keeps_copies() {
    let options = IngestOptions {
        languages: vec![],
        dedup: false,
        ..IngestOptions::default()
    };
    let (docs, _, stats) = ingest("docs.jsonl", options);
    assert_eq!(docs.len(), 5);
    assert_eq!((stats.duplicates, stats.other_language), (0, 0));
}

#[test]
fn html_page_gives_body_and_metadata_without_page_furniture() {
    let (docs, rejects, _) = ingest("article.html", IngestOptions::default());
    assert!(rejects.is_empty(), "{rejects:?}");
    let doc = &docs[0];
    assert_eq!(doc.title.as_deref(), Some("Envoys agree to resume border talks"));
    assert_eq!(doc.date.as_deref(), Some("2024-03-05"));
    assert_eq!(doc.author.as_deref(), Some("Jane Example"));
    assert_eq!(
        doc.url.as_deref(),
        Some("https://news.example.org/2024/03/05/border-talks")
    );
    assert_eq!(doc.id, "https://news.example.org/2024/03/05/border-talks");
    assert!(doc.text.starts_with("The foreign ministers"), "{}", doc.text);
    assert!(doc.text.ends_with("spring planting season."), "{}", doc.text);
    for furniture in [
        "Comments",
        "Share",
        "Related",
        "Home",
        "Copyright",
        "finally some peace",
    ] {
        assert!(!doc.text.contains(furniture), "{furniture:?} in {}", doc.text);
    }
}

#[test]
fn text_without_markup_is_not_html() {
    let (_, rejects, _) = ingest("empty.html", IngestOptions::default());
    assert!(rejects[0].reason.contains("not HTML"), "{}", rejects[0]);
}

#[test]
fn warc_response_records_with_html_become_documents() {
    for name in ["crawl.warc", "crawl.warc.gz"] {
        let (docs, rejects, _) = ingest(name, IngestOptions::default());
        assert!(rejects.is_empty(), "{name}: {rejects:?}");
        let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "https://news.example.org/2024/03/05/border-talks",
                "https://news.example.org/2024/03/08/maps"
            ]
        );
        assert_eq!(docs[0].title.as_deref(), Some("Envoys agree to resume border talks"));
        assert!(
            docs[1].text.starts_with("Negotiators from both sides"),
            "chunked body: {}",
            docs[1].text
        );
    }
}

#[test]
fn truncated_gzip_warc_keeps_what_came_before_and_names_where_it_broke() {
    let (docs, rejects, _) = ingest("truncated.warc.gz", IngestOptions::default());
    assert_eq!(docs.len(), 1);
    assert_eq!(rejects.len(), 1);
    let r = &rejects[0];
    assert_eq!(r.record, Some(3));
    assert!(r.offset.is_some());
    assert!(r.reason.contains("truncated") || r.reason.contains("gzip"), "{r}");
}

#[test]
fn truncated_warc_record_is_rejected() {
    let (docs, rejects, _) = ingest("truncated.warc", IngestOptions::default());
    assert!(docs.is_empty());
    assert!(rejects[0].reason.contains("truncated WARC record"), "{}", rejects[0]);
    assert_eq!((rejects[0].record, rejects[0].offset), (Some(1), Some(0)));
}

#[test]
fn rss_items_become_documents_and_empty_items_are_rejected() {
    let (docs, rejects, _) = ingest("feed.rss", IngestOptions::default());
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].id, "https://news.example.org/2024/03/05/border-talks");
    assert_eq!(docs[0].date.as_deref(), Some("2024-03-05"));
    assert_eq!(docs[0].source.as_deref(), Some("Daily Fixture World"));
    assert_eq!(
        docs[0].text.lines().count(),
        2,
        "paragraphs kept apart: {:?}",
        docs[0].text
    );
    assert_eq!(
        docs[1].url.as_deref(),
        Some("https://news.example.org/2024/03/06/farmers")
    );
    assert_eq!(rejects.len(), 1);
    assert_eq!(rejects[0].record, Some(3));
    assert!(rejects[0].reason.starts_with("missing text"));
}

#[test]
fn atom_entries_become_documents() {
    let items = feed::read_file(&fixture("feed.atom"), &IngestOptions::default());
    let doc = items[0].as_ref().unwrap();
    assert_eq!(doc.id, "urn:fixture:1");
    assert_eq!(doc.date.as_deref(), Some("2024-03-07"));
    assert_eq!(doc.author.as_deref(), Some("Jane Example"));
    assert_eq!(
        doc.text,
        "The joint commission began mapping the contested villages on Thursday, officials said."
    );
}

#[test]
fn broken_feed_is_one_reject() {
    let (docs, rejects, _) = ingest("broken.rss", IngestOptions::default());
    assert!(docs.is_empty());
    assert!(rejects[0].reason.starts_with("unparseable feed"), "{}", rejects[0]);
}

#[test]
fn forced_format_overrides_the_file_name() {
    let items: Vec<Item> =
        source::read_file(&fixture("feed.atom"), Some(Format::Text), &IngestOptions::default()).collect();
    assert_eq!(items.len(), 1, "the whole file is one plain-text document");
    assert!(items[0].as_ref().unwrap().text.contains("<entry>"));
}

#[test]
fn missing_input_is_a_reject_not_a_panic() {
    let mut ingest = Ingest::new(
        vec!["/nonexistent/dyad/input.txt".to_string()],
        None,
        IngestOptions::default(),
    );
    let r = ingest.next().unwrap().unwrap_err();
    assert!(r.reason.contains("no such file"), "{r}");
    assert!(ingest.next().is_none());
}
