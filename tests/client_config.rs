//! Client construction: settings are checked at build time, and the token never shows.

use truto::{Client, ConfigError, Error};

#[test]
fn a_missing_or_empty_token_fails_at_build_time() {
    assert!(matches!(
        Client::builder().build(),
        Err(Error::Config(ConfigError::MissingToken))
    ));
    for token in ["", "   ", "bad\ntoken"] {
        assert!(
            matches!(
                Client::builder().token(token).build(),
                Err(Error::Config(ConfigError::InvalidToken(_)))
            ),
            "{token:?}"
        );
    }
}

#[test]
fn a_bad_base_url_fails_at_build_time() {
    for url in [
        "not a url",
        "ftp://example.com",
        "https://api.truto.one/?x=1",
    ] {
        let error = Client::builder()
            .token("t")
            .base_url(url)
            .build()
            .unwrap_err();
        assert!(
            matches!(error, Error::Config(ConfigError::InvalidBaseUrl { .. })),
            "{url}: {error:?}"
        );
    }
    let plain = Client::builder()
        .token("t")
        .base_url("http://api.example.com")
        .build()
        .unwrap_err();
    assert!(matches!(
        plain,
        Error::Config(ConfigError::InsecureBaseUrl { .. })
    ));
}

#[test]
fn debug_output_never_shows_the_token() {
    let secret = "tok_live_5f2a9c";
    let client = Client::builder().token(secret).build().unwrap();
    let builder = Client::builder().token(secret);
    for shown in [
        format!("{client:?}"),
        format!("{client:#?}"),
        format!("{builder:?}"),
    ] {
        assert!(!shown.contains(secret), "{shown}");
    }
    assert_eq!(client.base_url(), truto::DEFAULT_BASE_URL);
}

#[test]
fn clones_share_settings_and_options_stay_on_the_clone() {
    let client = Client::builder().token("t").build().unwrap();
    let scoped = client.with_idempotency_key("k");
    assert!(client.call_options().is_none());
    assert!(scoped.call_options().is_some());
    fn assert_send_sync<T: Send + Sync + Clone>() {}
    assert_send_sync::<Client>();
}
