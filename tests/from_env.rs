//! `Client::from_env`, alone in its own test binary because it changes the process environment.

use truto::{Client, ConfigError, Error};

#[test]
fn from_env_reads_token_and_base_url() {
    std::env::remove_var("TRUTO_API_TOKEN");
    std::env::remove_var("TRUTO_BASE_URL");
    assert!(matches!(
        Client::from_env(),
        Err(Error::Config(ConfigError::MissingToken))
    ));

    std::env::set_var("TRUTO_API_TOKEN", "tok");
    assert_eq!(
        Client::from_env().unwrap().base_url(),
        "https://api.truto.one"
    );

    std::env::set_var("TRUTO_BASE_URL", "http://127.0.0.1:9/prefix/");
    assert_eq!(
        Client::from_env().unwrap().base_url(),
        "http://127.0.0.1:9/prefix"
    );

    std::env::set_var("TRUTO_BASE_URL", "::not a url::");
    assert!(matches!(
        Client::from_env(),
        Err(Error::Config(ConfigError::InvalidBaseUrl { .. }))
    ));
}
