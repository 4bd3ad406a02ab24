//! [`AccountContext`]: the `context` of an integrated account (its variables and credentials),
//! a JSON object whose `Debug` never shows a credential.
//!
//! Sources: Truto's API reference, "Integrated accounts" object and "Import integrated account"
//! (`truto.one/docs/api-reference/admin/integrated-accounts`, `.../create`: `context` is an
//! object, e.g. `{"zendesk_subdomain": "truto"}`, and carries `oauth.token.access_token`,
//! `refresh_token`, `expires_in` on an import); "Update integrated account credentials"
//! (`.../update-credentials`: the credential fields are `oauth.token`, `api_key`, `api_token`,
//! `token`, `password`, `client_secret`, `application_key`, `app_key`, `app_secret`,
//! `access_token`, `api_secret`, `auth_code`, `webhook_secret`, `webhook_password`,
//! `token_secret`); Truto's notes `integrated-account-context.md` (the protected paths,
//! which responses strip: `oauth.token.access_token`, `refresh_token`, `access_token_secret`,
//! `api_key`, `api_token`, `token`, `password`, `secret`, `client_secret`, `access_token`).
//!
//! Not confirmed: no source fixes the context's schema (it is per integration), so it stays a
//! JSON object. Which keys `Debug` hides is this SDK's choice, wider than the documented lists
//! so that a credential under another name is hidden too (see [`AccountContext`]).

use std::fmt;
use std::ops::{Deref, DerefMut};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Parts of a key name that mark its value as a credential in `Debug` output; every
/// credential field Truto's pages and notes name contains one of them.
const SECRET_KEY_PARTS: &[&str] = &[
    "token",
    "secret",
    "password",
    "passwd",
    "key",
    "auth_code",
    "credential",
];

/// The `context` of an integrated account: its variables (e.g. `zendesk_subdomain`) and, on
/// writes, its credentials (e.g. `oauth.token.access_token`, `api_key`).
///
/// It is the JSON object as sent (serialized unchanged, read through `Deref` to
/// `serde_json::Map`), but `Debug` prints `***` for the value of every key, at any depth,
/// whose name contains `token`, `secret`, `password`, `passwd`, `key`, `auth_code` or
/// `credential` (case-insensitive): a superset of the credential fields Truto documents, so
/// logging an account or a body never shows one.
///
/// ```
/// use serde_json::json;
/// use truto::platform::AccountContext;
///
/// let context = AccountContext::new()
///     .with("subdomain", "acme")
///     .with("oauth", json!({"token": {"access_token": "s3cr3t"}, "scope": ["read"]}));
/// let shown = format!("{context:?}");
/// assert!(!shown.contains("s3cr3t"));
/// assert!(shown.contains("acme"));
/// assert_eq!(context["oauth"]["token"]["access_token"], "s3cr3t");
/// assert_eq!(
///     serde_json::to_value(&context).unwrap(),
///     json!({"subdomain": "acme", "oauth": {"token": {"access_token": "s3cr3t"}, "scope": ["read"]}})
/// );
/// ```
#[derive(Serialize, Deserialize, Clone, Default, PartialEq, Eq)]
#[serde(transparent)]
pub struct AccountContext(pub Map<String, Value>);

impl AccountContext {
    /// An empty context (`{}`).
    pub fn new() -> Self {
        AccountContext::default()
    }

    /// Sets the top-level key `key` to `value`.
    #[must_use]
    pub fn with(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.0.insert(key.into(), value.into());
        self
    }

    /// The JSON object itself.
    pub fn into_inner(self) -> Map<String, Value> {
        self.0
    }
}

impl Deref for AccountContext {
    type Target = Map<String, Value>;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl DerefMut for AccountContext {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

impl From<Map<String, Value>> for AccountContext {
    fn from(fields: Map<String, Value>) -> Self {
        AccountContext(fields)
    }
}

impl fmt::Debug for AccountContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = redacted(&Value::Object(self.0.clone()));
        write!(f, "AccountContext({shown})")
    }
}

/// Whether `key` names a credential (see [`AccountContext`]).
fn is_secret_key(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    SECRET_KEY_PARTS.iter().any(|part| key.contains(part))
}

/// `value` with the value of every secret key, at any depth, replaced by `"***"`.
fn redacted(value: &Value) -> Value {
    match value {
        Value::Object(fields) => Value::Object(
            fields
                .iter()
                .map(|(key, value)| {
                    let shown = if is_secret_key(key) {
                        Value::String("***".into())
                    } else {
                        redacted(value)
                    };
                    (key.clone(), shown)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(redacted).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn debug_hides_every_documented_credential_field_at_any_depth() {
        let documented = [
            "api_key",
            "api_token",
            "token",
            "password",
            "secret",
            "client_secret",
            "application_key",
            "app_key",
            "app_secret",
            "access_token",
            "api_secret",
            "auth_code",
            "webhook_secret",
            "webhook_password",
            "token_secret",
            "refresh_token",
            "access_token_secret",
        ];
        let mut context = AccountContext::new().with("subdomain", "visible-sub");
        for (n, key) in documented.iter().enumerate() {
            context.insert((*key).to_owned(), json!(format!("hidden-{n}")));
        }
        context.insert(
            "nested".into(),
            json!([{"Bot_Token": "hidden-deep"}, {"plain": "visible-deep"}]),
        );
        let shown = format!("{context:?}");
        assert!(!shown.contains("hidden"), "{shown}");
        assert!(shown.contains("visible-sub") && shown.contains("visible-deep"));
    }

    #[test]
    fn it_decodes_any_object_and_nothing_else() {
        let context: AccountContext =
            serde_json::from_value(json!({"a": 1, "b": {"c": null}})).unwrap();
        assert_eq!(context.len(), 2);
        assert!(serde_json::from_value::<AccountContext>(json!("x")).is_err());
        assert!(serde_json::from_value::<AccountContext>(json!([1])).is_err());
    }
}
