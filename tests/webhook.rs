//! `truto::webhook` against vectors computed outside this crate: RFC 4231's HMAC-SHA256 test
//! cases and Truto-shaped deliveries signed with Python's `hmac`, in every digest encoding,
//! plus every way a delivery can be refused, and properties over random input.

use proptest::prelude::*;
use serde::Deserialize;
use truto::webhook::{
    sign, WebhookError, WebhookEvent, WebhookEventType, WebhookVerifier, SIGNATURE_HEADER,
};

// ---------------------------------------------------------------------------------------
// Vectors. Every digest below was computed once, outside Rust, with Python 3's standard
// library, and pasted here:
//
//     import hmac, hashlib, base64
//     d = hmac.new(SECRET, BODY, hashlib.sha256).digest()
//     d.hex(), base64.b64encode(d), base64.urlsafe_b64encode(d)
// ---------------------------------------------------------------------------------------

/// The secret of the example webhook in Truto's `POST /webhook` reference.
const SECRET: &str = "d5fac1cb-1820-4da7-bfd8-a6b758bcf8ff";
/// A previous secret of the same webhook, for the rotation tests.
const OLD_SECRET: &str = "6e17561c-a20c-44ce-b8b5-caff0bf786fe";

/// An `integrated_account:created` delivery shaped like the example in Truto's "Processing
/// webhook events" guide (payload shortened).
const BODY: &str = r#"{"id":"3a0da6ba-b2d1-473f-957c-51f6825e3607","event":"integrated_account:created","payload":{"id":"79a39d69-e27e-49cb-b9a9-79f5eea7aa26","tenant_id":"acme-1","is_sandbox":false},"environment_id":"ac15abdc-b38e-47d0-97a2-69194017c177","webhook_id":"b6d29b9b-3d9d-44fd-aa77-512fd83b28c1","created_at":"2023-06-16T09:21:21.000Z"}"#;
/// HMAC-SHA256(SECRET, BODY): `.hex()`.
const BODY_HEX: &str = "7f832c8505d6309b4b2512b3cb8a7b298f609d3406ffd4a4654b4b43e18101a5";
/// The same digest, `base64.b64encode` (contains both `+` and `/`).
const BODY_B64: &str = "f4MshQXWMJtLJRKzy4p7KY9gnTQG/9SkZUtLQ+GBAaU=";
/// The same digest, `base64.urlsafe_b64encode`.
const BODY_B64_URL: &str = "f4MshQXWMJtLJRKzy4p7KY9gnTQG_9SkZUtLQ-GBAaU=";

/// A delivery with an event name no docs list, and a `created_at` without offset.
const UNKNOWN_EVENT_BODY: &str = r#"{"id":"evt-2","event":"ticket:escalated","payload":{"ticket_id":"35436"},"environment_id":"ac15abdc-b38e-47d0-97a2-69194017c177","webhook_id":"b6d29b9b-3d9d-44fd-aa77-512fd83b28c1","created_at":"2024-09-10 12:00:00"}"#;
/// HMAC-SHA256(SECRET, UNKNOWN_EVENT_BODY).hex()
const UNKNOWN_EVENT_HEX: &str = "c6e9f1c4a4ad869a52c0f27af2add66be43ac40e7e4b881134ec3ffc100bccf0";
/// HMAC-SHA256(OLD_SECRET, UNKNOWN_EVENT_BODY).hex()
const UNKNOWN_EVENT_OLD_HEX: &str =
    "11a57b0d0f5eace55b54a71346e02399347d23ca76a53ae736165438d881878c";

/// JSON, but not an event envelope (the payload of Truto's test event).
const NOT_AN_ENVELOPE: &str = r#"{"foo":"bar"}"#;
/// HMAC-SHA256(SECRET, NOT_AN_ENVELOPE).hex()
const NOT_AN_ENVELOPE_HEX: &str =
    "e282128fd6e7f594085b72e82558fd293ffb80717f90ead9e7d127cf53024fc5";

/// RFC 4231 section 4: (test case, key, data, HMAC-SHA-256) for test cases 1, 2 and 4.
fn rfc4231_cases() -> Vec<(u32, Vec<u8>, Vec<u8>, &'static str)> {
    vec![
        (
            1,
            vec![0x0b; 20],
            b"Hi There".to_vec(),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
        ),
        (
            2,
            b"Jefe".to_vec(),
            b"what do ya want for nothing?".to_vec(),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
        ),
        (
            4,
            (0x01..=0x19).collect(),
            vec![0xcd; 50],
            "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
        ),
    ]
}

fn verifier() -> WebhookVerifier {
    WebhookVerifier::new(SECRET).unwrap()
}

fn header(digest: &str) -> String {
    format!("format=sha256,v={digest}")
}

// ---------------------------------------------------------------------------------------
// Valid signatures
// ---------------------------------------------------------------------------------------

#[test]
fn rfc4231_test_cases_1_2_and_4() {
    for (case, key, data, expected) in rfc4231_cases() {
        let verifier = WebhookVerifier::new(&key).unwrap();
        assert_eq!(
            verifier
                .verify(Some(&header(expected)), &data)
                .map_err(|e| e.to_string()),
            Ok(()),
            "test case {case}"
        );
        assert_eq!(sign(&key, &data), header(expected), "test case {case}");
    }
}

#[test]
fn a_truto_delivery_verifies_and_decodes() {
    let event: WebhookEvent = verifier()
        .verify_event(Some(&header(BODY_HEX)), BODY.as_bytes())
        .unwrap();
    assert_eq!(event.id, "3a0da6ba-b2d1-473f-957c-51f6825e3607");
    assert_eq!(event.event, WebhookEventType::IntegratedAccountCreated);
    assert_eq!(event.payload["tenant_id"], "acme-1");
    assert_eq!(
        event.environment_id.as_deref(),
        Some("ac15abdc-b38e-47d0-97a2-69194017c177")
    );
    assert_eq!(
        event.webhook_id.as_deref(),
        Some("b6d29b9b-3d9d-44fd-aa77-512fd83b28c1")
    );
    let created_at = event.created_at.unwrap();
    assert_eq!(created_at.to_rfc3339(), "2023-06-16T09:21:21+00:00");
}

#[test]
fn every_encoding_of_the_digest_verifies() {
    let unpadded = BODY_B64.trim_end_matches('=');
    let url_unpadded = BODY_B64_URL.trim_end_matches('=');
    assert_ne!(unpadded, BODY_B64);
    for digest in [
        BODY_HEX.to_owned(),
        BODY_HEX.to_uppercase(),
        BODY_B64.to_owned(),
        unpadded.to_owned(),
        BODY_B64_URL.to_owned(),
        url_unpadded.to_owned(),
    ] {
        assert_eq!(
            verifier()
                .verify(Some(&header(&digest)), BODY.as_bytes())
                .map_err(|e| e.to_string()),
            Ok(()),
            "{digest}"
        );
    }
}

#[test]
fn the_header_tolerates_whitespace_order_and_extra_parts() {
    for value in [
        format!(" format = sha256 , v = {BODY_HEX} "),
        format!("v={BODY_B64},format=sha256"),
        format!("format=SHA256,t=1686907281,v={BODY_HEX},kid=primary"),
        format!("format=sha256; v={BODY_B64_URL}"),
    ] {
        assert!(
            verifier().verify(Some(&value), BODY.as_bytes()).is_ok(),
            "{value}"
        );
    }
}

#[test]
fn sign_round_trips_through_verify() {
    let body = br#"{"id":"x","event":"record:updated","payload":{"n":1}}"#;
    let signature = sign(SECRET.as_bytes(), body);
    assert!(signature.starts_with("format=sha256,v="));
    verifier().verify(Some(&signature), body).unwrap();
    let event: WebhookEvent = verifier().verify_event(Some(&signature), body).unwrap();
    assert_eq!(event.event, WebhookEventType::RecordUpdated);
    // And sign agrees with the Python vector.
    assert_eq!(sign(SECRET.as_bytes(), BODY.as_bytes()), header(BODY_HEX));
}

#[test]
fn a_rotated_secret_verifies_with_either_digest() {
    let body = UNKNOWN_EVENT_BODY.as_bytes();
    let old = WebhookVerifier::new(OLD_SECRET).unwrap();
    for value in [
        format!("format=sha256,v={UNKNOWN_EVENT_OLD_HEX},v={UNKNOWN_EVENT_HEX}"),
        format!("format=sha256,v={UNKNOWN_EVENT_HEX},v={UNKNOWN_EVENT_OLD_HEX}"),
    ] {
        assert!(verifier().verify(Some(&value), body).is_ok(), "{value}");
        assert!(old.verify(Some(&value), body).is_ok(), "{value}");
        let stranger = WebhookVerifier::new("not-this-webhook").unwrap();
        assert!(matches!(
            stranger.verify(Some(&value), body),
            Err(WebhookError::Mismatch)
        ));
    }
    // Each digest alone verifies only with its own secret.
    assert!(matches!(
        old.verify(Some(&header(UNKNOWN_EVENT_HEX)), body),
        Err(WebhookError::Mismatch)
    ));
}

// ---------------------------------------------------------------------------------------
// Refused deliveries
// ---------------------------------------------------------------------------------------

#[test]
fn a_one_byte_change_anywhere_is_a_mismatch() {
    let body = BODY.as_bytes();
    // In the body: first, middle and last byte.
    for index in [0, body.len() / 2, body.len() - 1] {
        let mut changed = body.to_vec();
        changed[index] ^= 0x01;
        assert!(
            matches!(
                verifier().verify(Some(&header(BODY_HEX)), &changed),
                Err(WebhookError::Mismatch)
            ),
            "body byte {index}"
        );
    }
    // In the secret.
    let mut secret = SECRET.as_bytes().to_vec();
    secret[SECRET.len() - 1] ^= 0x01;
    let other = WebhookVerifier::new(&secret).unwrap();
    assert!(matches!(
        other.verify(Some(&header(BODY_HEX)), body),
        Err(WebhookError::Mismatch)
    ));
    // In the digest: one hex digit, one base64 character.
    let mut hex = BODY_HEX.to_owned();
    hex.replace_range(10..11, if &hex[10..11] == "0" { "1" } else { "0" });
    assert!(matches!(
        verifier().verify(Some(&header(&hex)), body),
        Err(WebhookError::Mismatch)
    ));
    let b64 = BODY_B64.replacen('f', "g", 1);
    assert_ne!(b64, BODY_B64);
    assert!(matches!(
        verifier().verify(Some(&header(&b64)), body),
        Err(WebhookError::Mismatch)
    ));
    // The extra byte of a trailing newline counts too.
    let mut with_newline = body.to_vec();
    with_newline.push(b'\n');
    assert!(matches!(
        verifier().verify(Some(&header(BODY_HEX)), &with_newline),
        Err(WebhookError::Mismatch)
    ));
}

#[test]
fn a_missing_header_is_missing_signature() {
    assert!(matches!(
        verifier().verify(None, BODY.as_bytes()),
        Err(WebhookError::MissingSignature)
    ));
    let headers = [
        ("content-type", "application/json"),
        ("user-agent", "truto"),
    ];
    assert!(matches!(
        verifier().verify_headers(headers, BODY.as_bytes()),
        Err(WebhookError::MissingSignature)
    ));
    assert!(matches!(
        verifier().verify_event::<serde_json::Value>(None, BODY.as_bytes()),
        Err(WebhookError::MissingSignature)
    ));
}

#[test]
fn malformed_headers_are_malformed_signature() {
    let cases = [
        ("empty", String::new()),
        ("blank", "   ".to_owned()),
        ("bare digest", BODY_HEX.to_owned()),
        ("no format", format!("v={BODY_HEX}")),
        ("no format, base64", format!("v={BODY_B64}")),
        ("empty format", format!("format=,v={BODY_HEX}")),
        ("no v", "format=sha256".to_owned()),
        ("v without =", "format=sha256,v".to_owned()),
        ("empty digest", "format=sha256,v=".to_owned()),
        ("blank digest", "format=sha256,v=   ".to_owned()),
        ("short hex", header(&BODY_HEX[..63])),
        ("long hex", header(&format!("{BODY_HEX}00"))),
        (
            "non-hex digit",
            header(&BODY_HEX.replacen('f', "g", 1).replacen('a', "z", 1)),
        ),
        (
            "base64 of 31 bytes",
            header("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHg=="),
        ),
        (
            "base64 of 33 bytes",
            header("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g"),
        ),
        (
            "mixed base64 alphabets",
            header("f4MshQXWMJtLJRKzy4p7KY9gnTQG/9SkZUtLQ-GBAaU="),
        ),
        (
            "one bad digest among good",
            format!("format=sha256,v={BODY_HEX},v=zz"),
        ),
    ];
    for (name, value) in cases {
        match verifier().verify(Some(&value), BODY.as_bytes()) {
            Err(WebhookError::MalformedSignature { reason }) => {
                assert!(!reason.is_empty(), "{name}");
            }
            other => panic!("{name} ({value:?}): expected MalformedSignature, got {other:?}"),
        }
    }
}

#[test]
fn a_non_utf8_header_is_malformed() {
    let headers: Vec<(String, Vec<u8>)> = vec![(
        SIGNATURE_HEADER.to_owned(),
        b"format=sha256,v=\xc3\x28".to_vec(),
    )];
    assert!(matches!(
        verifier().verify_headers(headers, BODY.as_bytes()),
        Err(WebhookError::MalformedSignature { .. })
    ));
}

#[test]
fn another_format_is_unsupported() {
    for (value, format) in [
        (format!("format=sha1,v={BODY_HEX}"), "sha1"),
        (format!("format=sha512,v={BODY_HEX}{BODY_HEX}"), "sha512"),
        (format!("format=hmac-sha256,v={BODY_HEX}"), "hmac-sha256"),
    ] {
        match verifier().verify(Some(&value), BODY.as_bytes()) {
            Err(WebhookError::UnsupportedFormat(sent)) => assert_eq!(sent, format),
            other => panic!("{value}: {other:?}"),
        }
    }
}

#[test]
fn an_empty_secret_is_refused() {
    assert!(matches!(
        WebhookVerifier::new(""),
        Err(WebhookError::EmptySecret)
    ));
    assert!(matches!(
        WebhookVerifier::new(b"  \n"),
        Err(WebhookError::EmptySecret)
    ));
    assert!(matches!(
        WebhookVerifier::new(String::new()),
        Err(WebhookError::EmptySecret)
    ));
}

// ---------------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------------

#[test]
fn an_unknown_event_name_is_kept() {
    let event: WebhookEvent = verifier()
        .verify_event(
            Some(&header(UNKNOWN_EVENT_HEX)),
            UNKNOWN_EVENT_BODY.as_bytes(),
        )
        .unwrap();
    assert_eq!(
        event.event,
        WebhookEventType::Other("ticket:escalated".to_owned())
    );
    assert!(!event.event.is_known());
    assert_eq!(event.event.entity(), "ticket");
    assert_eq!(
        serde_json::to_string(&event.event).unwrap(),
        r#""ticket:escalated""#
    );
    // A created_at without offset is read as UTC.
    assert_eq!(
        event.created_at.unwrap().to_rfc3339(),
        "2024-09-10T12:00:00+00:00"
    );
    // Encoding keeps the unknown name as sent.
    let encoded = serde_json::to_value(&event).unwrap();
    assert_eq!(encoded["event"], "ticket:escalated");
}

#[test]
fn a_body_that_is_not_an_envelope_is_invalid_payload() {
    let error = verifier()
        .verify_event::<serde_json::Value>(
            Some(&header(NOT_AN_ENVELOPE_HEX)),
            NOT_AN_ENVELOPE.as_bytes(),
        )
        .unwrap_err();
    assert!(
        matches!(error, WebhookError::InvalidPayload(_)),
        "{error:?}"
    );
    assert!(!error.is_unauthenticated());
    assert!(std::error::Error::source(&error).is_some());
    // Not JSON at all, validly signed.
    let body = b"<html>hello</html>";
    let error = verifier()
        .verify_event::<serde_json::Value>(Some(&sign(SECRET.as_bytes(), body)), body)
        .unwrap_err();
    assert!(
        matches!(error, WebhookError::InvalidPayload(_)),
        "{error:?}"
    );
}

#[test]
fn a_body_is_not_decoded_unless_its_signature_verifies() {
    // A bad signature on a non-JSON body is a Mismatch, not an InvalidPayload.
    let error = verifier()
        .verify_event::<serde_json::Value>(Some(&header(BODY_HEX)), b"not json")
        .unwrap_err();
    assert!(matches!(error, WebhookError::Mismatch), "{error:?}");
    assert!(error.is_unauthenticated());
}

#[test]
fn a_typed_payload_decodes() {
    #[derive(Debug, Deserialize)]
    struct IntegratedAccount {
        id: String,
        tenant_id: String,
    }
    let event: WebhookEvent<IntegratedAccount> = verifier()
        .verify_event(Some(&header(BODY_B64)), BODY.as_bytes())
        .unwrap();
    assert_eq!(event.payload.id, "79a39d69-e27e-49cb-b9a9-79f5eea7aa26");
    assert_eq!(event.payload.tenant_id, "acme-1");
    // A payload that does not fit the type is InvalidPayload.
    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Run {
        sync_job_id: String,
    }
    let error = verifier()
        .verify_event::<Run>(Some(&header(BODY_HEX)), BODY.as_bytes())
        .unwrap_err();
    assert!(error.to_string().contains("sync_job_id"), "{error}");
}

#[test]
fn headers_are_found_by_any_case_among_pairs() {
    // Owned strings, as collected from any framework.
    let headers = vec![
        ("Content-Type".to_owned(), "application/json".to_owned()),
        ("x-truto-signature".to_owned(), header(BODY_HEX)),
    ];
    verifier().verify_headers(headers, BODY.as_bytes()).unwrap();
    // Byte values, as `http::HeaderValue` gives them.
    let headers = [("X-TRUTO-SIGNATURE", header(BODY_B64).into_bytes())];
    let event: WebhookEvent = verifier()
        .verify_event_headers(headers, BODY.as_bytes())
        .unwrap();
    assert_eq!(event.event, WebhookEventType::IntegratedAccountCreated);
    // The header split over two lines, as HTTP allows for lists.
    let headers = [
        (SIGNATURE_HEADER, "format=sha256"),
        (SIGNATURE_HEADER, &*format!("v={BODY_HEX}")),
    ];
    verifier().verify_headers(headers, BODY.as_bytes()).unwrap();
}

#[test]
fn the_secret_never_shows() {
    let verifier = verifier();
    let debug = format!("{verifier:?}");
    assert_eq!(debug, "WebhookVerifier(***)");
    assert!(!format!("{verifier:#?}").contains(SECRET));
    // Nor in any error.
    let errors = [
        verifier.verify(None, b"").unwrap_err(),
        verifier.verify(Some("format=sha256"), b"").unwrap_err(),
        verifier.verify(Some("format=md5,v=00"), b"").unwrap_err(),
        verifier.verify(Some(&header(BODY_HEX)), b"").unwrap_err(),
        WebhookVerifier::new("").unwrap_err(),
    ];
    for error in errors {
        let text = format!("{error} {error:?}");
        assert!(!text.contains(SECRET), "{text}");
        assert!(!error.to_string().contains('\n'), "one line: {error}");
    }
}

// ---------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------

/// Header values that get past the first checks: a `format=` part, a `v=` part and
/// digest-like text of about the right length, in the characters digests are made of.
fn digest_like_header() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec![
            "format=sha256,",
            "format=SHA256 , ",
            "",
            "format=sha1,",
        ]),
        "[0-9a-fA-F+/=_ -]{0,70}",
        prop::option::of("[0-9a-f]{64}"),
    )
        .prop_map(|(format, digest, extra)| match extra {
            Some(extra) => format!("{format}v={digest},v={extra}"),
            None => format!("{format}v={digest}"),
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// Arbitrary bytes as header value, header name and body never panic.
    #[test]
    fn random_bytes_never_panic(
        name in prop::sample::select(vec!["x-truto-signature", "X-Truto-Signature", "other"]),
        value in prop::collection::vec(any::<u8>(), 0..120),
        body in prop::collection::vec(any::<u8>(), 0..256),
    ) {
        let verifier = verifier();
        let result = verifier.verify_headers([(name, value.clone())], &body);
        prop_assert!(result.is_err());
        let _ = verifier.verify_event_headers::<serde_json::Value, _, _, _>([(name, value.clone())], &body);
        if let Ok(text) = std::str::from_utf8(&value) {
            let _ = verifier.verify(Some(text), &body);
        }
    }

    /// Header text shaped like a signature never panics, and never verifies by chance.
    #[test]
    fn digest_like_headers_never_panic(value in digest_like_header(), body in ".{0,64}") {
        let result = verifier().verify(Some(&value), body.as_bytes());
        prop_assert!(result.is_err());
    }

    /// Any body signed with `sign` verifies, with that secret only; decoding it afterwards
    /// either succeeds or says the payload is invalid.
    #[test]
    fn signed_bodies_always_verify(
        secret in prop::collection::vec(any::<u8>(), 1..80),
        body in prop::collection::vec(any::<u8>(), 0..512),
    ) {
        prop_assume!(!secret.iter().all(u8::is_ascii_whitespace));
        let verifier = WebhookVerifier::new(&secret).unwrap();
        let signature = sign(&secret, &body);
        prop_assert!(verifier.verify(Some(&signature), &body).is_ok());
        match verifier.verify_event::<serde_json::Value>(Some(&signature), &body) {
            Ok(_) | Err(WebhookError::InvalidPayload(_)) => {}
            Err(other) => prop_assert!(false, "unexpected error {other:?}"),
        }
        let mut other_secret = secret.clone();
        other_secret.push(b'!');
        let other = WebhookVerifier::new(&other_secret).unwrap();
        prop_assert!(matches!(other.verify(Some(&signature), &body), Err(WebhookError::Mismatch)));
    }
}
