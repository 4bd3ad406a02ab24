//! The `static-gate` resource of the admin API (`/static-gate`): static-IP egress gates that
//! an integrated account's calls can be routed through (a link token's
//! `truto_static_gate_id`), each with an API token of its own.
//!
//! Sources:
//!
//! - The official TypeScript SDK (`src/resources/staticGate.ts`): list / get / create /
//!   update / delete; the type `{id, name, domain, api_token_secret?, created_by?,
//!   environment_id, created_at, updated_at}`; create `{name, domain, created_by?,
//!   environment_id, api_token_secret?}`; update `{name?, domain?}`; list filters `name`,
//!   `created_by`, `environment_id`. The Python SDK (`static_gate.py`): the same five methods.
//! - Truto's notes (`static-gates.md`): create fields `name`, `domain`, `environment_id`
//!   (all required); the created gate carries an auto-generated `api_token`, returned by the
//!   create call only; PATCH updates only `name` and `domain`.
//! - "Create link token" in Truto's API reference (`truto_static_gate_id`) and the notes
//!   (`authentication.md`: "Route the connection's OAuth/API calls through a static IP egress
//!   proxy").
//!
//! Not confirmed: the reference has no stored page for static gates; whether the create
//! answer's token is `api_token` (the notes) or `api_token_secret` (the TypeScript type) —
//! both are decoded, as secrets. `environment_id` is optional here although both sources mark
//! it required, because an API token already names its environment and Truto fills it in on
//! creates (`authentication.md`, "Auto-Scoping").
//!
//! Here: the model [`StaticGate`]; its write bodies [`CreateStaticGate`],
//! [`UpdateStaticGate`]; its list query [`ListStaticGatesQuery`]; its endpoints,
//! [`StaticGatesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::list_query::admin_list_query;
use crate::write_body::admin_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, Result, SecretString};

/// A static gate.
///
/// `Debug` hides its tokens. Every field but `id` decodes from `null` and from absence;
/// unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct StaticGate {
    /// The ID of the static gate (a UUID).
    pub id: String,
    /// Its display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The domain it allows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// Its API token, sent on create only (Truto's notes): store it then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_token: Option<SecretString>,
    /// Its API token secret (the TypeScript SDK's name for it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_token_secret: Option<SecretString>,
    /// The user who created it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// The environment it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_id: Option<String>,
    /// When it was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When it was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
}

admin_body! {
    /// Body of `POST /static-gate`: `name` and `domain` are required (both sources).
    pub struct CreateStaticGate {
        required {
            /// The gate's name.
            name: String,
            /// The domain it allows.
            domain: String,
        }
        optional {
            /// The environment to create it in (both sources mark it required; an API token
            /// implies its own).
            environment_id: String,
            /// The user to record as its creator (the TypeScript SDK's type).
            created_by: String,
            /// A token secret of your choosing (the TypeScript SDK's type).
            api_token_secret: SecretString,
        }
    }
}

admin_body! {
    /// Body of `PATCH /static-gate/{id}`: only `name` and `domain` change (Truto's notes).
    pub struct UpdateStaticGate {
        /// The new name.
        name: String,
        /// The new domain.
        domain: String,
    }
}

admin_list_query! {
    /// Query of `GET /static-gate` (filters from the TypeScript SDK's type).
    pub struct ListStaticGatesQuery {
        /// `name=...`.
        name: String,
        /// Only the gates of this name.
        fn name(name: impl Into<String>) = name.into();

        /// `created_by=...`.
        created_by: String,
        /// Only the gates this user created.
        fn created_by(user_id: impl Into<String>) = user_id.into();

        /// `environment_id=...`.
        environment_id: String,
        /// Only the gates of this environment.
        fn environment_id(id: impl Into<String>) = id.into();
    }
}

/// The `static-gate` resource: list, get, create, update, delete (`/static-gate`).
pub trait StaticGatesApi: Api {
    /// Lists static gates.
    #[truto_endpoint(GET, "/static-gate")]
    fn list_static_gates(&self, #[query] query: &ListStaticGatesQuery) -> Paginator<StaticGate>;

    /// Gets one static gate (without its token).
    #[truto_endpoint(GET, "/static-gate/{id}")]
    async fn get_static_gate(&self, id: &str) -> Result<StaticGate>;

    /// Creates a static gate; the answer carries its token, which later reads do not.
    #[truto_endpoint(POST, "/static-gate")]
    async fn create_static_gate(&self, #[body] body: &CreateStaticGate) -> Result<StaticGate>;

    /// Updates a static gate's name or domain.
    #[truto_endpoint(PATCH, "/static-gate/{id}")]
    async fn update_static_gate(
        &self,
        id: &str,
        #[body] body: &UpdateStaticGate,
    ) -> Result<StaticGate>;

    /// Deletes a static gate.
    #[truto_endpoint(DELETE, "/static-gate/{id}")]
    async fn delete_static_gate(&self, id: &str) -> Result<Deleted>;
}

impl StaticGatesApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn tokens_decode_as_secrets_and_nulls_are_accepted() {
        let gate: StaticGate = serde_json::from_value(json!({
            "id": "sg01", "name": null, "api_token": "tok-123", "api_token_secret": "sec-456",
            "created_by": null, "created_at": "2024-09-01 10:00:00", "other": 1
        }))
        .unwrap();
        assert_eq!(
            gate.api_token.as_ref().map(SecretString::expose),
            Some("tok-123")
        );
        let shown = format!("{gate:?}");
        assert!(
            !shown.contains("tok-123") && !shown.contains("sec-456"),
            "{shown}"
        );
        assert!(serde_json::from_value::<StaticGate>(json!({"name": "x"})).is_err());
    }
}
