//! Accounts: the companies or organizations a helpdesk is in contact with; an account has
//! contacts (`/unified/ticketing/accounts`).
//!
//! Sources (truto.one/docs/api-reference/unified-ticketing-api/...):
//!
//! - `accounts.md` ("Accounts Object"): the whole schema, all confirmed: `id` (required),
//!   `name`, `domains` (array of strings), `updated_at`, `created_at`, `etag`, `remote_data`.
//!   The overview page (www.truto.one/unified-apis/ticketing/) lists the same six fields.
//! - Methods (listed on `accounts.md`): list, create, get, delete, update. All five exist.
//! - `accounts/update`: body `custom_fields` (Front, Planhat), `description` (Front) and a
//!   field cut after "do" in the excerpt, taken to be `domains`. `name` is **not confirmed** by
//!   an excerpt of the write pages; it is typed as the schema's own field. Create
//!   (`accounts/create.md`: BMC Helix, Front, Planhat, Productboard, Teamwork) is assumed to
//!   take the same fields (**not confirmed**).
//! - `accounts/list`: no account-specific filter is confirmed; typed are the
//!   `created_at` / `updated_at` filters every unified list takes (`overview/querying`).

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use super::ticket_write::write_body;

/// An account (a customer company) of the ticketing tool, in Truto's unified shape.
///
/// Only [`id`](Self::id) is required. Unknown fields are ignored; `null` and absence both
/// decode to `None`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Account {
    /// The unique identifier for an account.
    pub id: String,
    /// The name of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Domains associated with the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domains: Option<Vec<String>>,
    /// The date and time of the account's last update.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// The date and time of the account's creation.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// The unique identifier for the specific version of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// Raw data returned from the remote API call (absent with `truto_ignore_remote_data`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

impl Account {
    /// An account with the given id and every other field `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Account {
            id: id.into(),
            name: None,
            domains: None,
            updated_at: None,
            created_at: None,
            etag: None,
            remote_data: None,
        }
    }
}

write_body! {
    /// The body of `POST /unified/ticketing/accounts`.
    ///
    /// No field is required by the unified docs. Source: `accounts/update` shows
    /// `custom_fields`, `description` and a field cut after "do" (`domains`); `name` is the
    /// schema's field, not confirmed for writes; that create takes the same fields as update
    /// is **not confirmed** (`accounts/create.md` is cut before its body).
    ///
    /// ```
    /// use serde_json::json;
    /// use truto::ticketing::CreateAccount;
    ///
    /// let body = CreateAccount::new().name("Acme").domains(vec!["acme.example".to_owned()]);
    /// assert_eq!(
    ///     serde_json::to_value(&body).unwrap(),
    ///     json!({"name": "Acme", "domains": ["acme.example"]}),
    /// );
    /// ```
    pub struct CreateAccount {
        /// The name of the account (schema field; not confirmed on the write pages).
        name: String,
        /// A description of the account (Front).
        description: String,
        /// Domains associated with the account.
        domains: Vec<String>,
        /// Custom fields of the account (Front, Planhat).
        custom_fields: Map<String, Value>,
    }
}

write_body! {
    /// The body of `PATCH /unified/ticketing/accounts/{id}`: the fields to change.
    ///
    /// `custom_fields`, `description` and (cut in the excerpt) `domains` are on the update
    /// page (truto.one/docs/api-reference/unified-ticketing-api/accounts/update); `name` is
    /// the schema's field, not confirmed for writes.
    pub struct UpdateAccount {
        /// The name of the account (schema field; not confirmed on the write pages).
        name: String,
        /// A description of the account (Front).
        description: String,
        /// Domains associated with the account.
        domains: Vec<String>,
        /// Custom fields of the account (Front, Planhat).
        custom_fields: Map<String, Value>,
    }
}

list_query! {
    /// The query of `GET /unified/ticketing/accounts`.
    ///
    /// Typed are the `created_at` / `updated_at` filters every unified list takes;
    /// account-specific filters are not confirmed and go through [`param`](Self::param).
    ///
    /// ```
    /// use chrono::DateTime;
    /// use truto::ticketing::ListAccountsQuery;
    /// use truto::{Compare, ListParams, SuperQueryRegion};
    ///
    /// let day = |text| DateTime::parse_from_rfc3339(text).unwrap();
    /// let params = ListParams::new("acc-1").super_query(SuperQueryRegion::Wnam);
    /// let query = ListAccountsQuery::from(params)
    ///     .updated_at(Compare::one_of([day("2024-01-01T00:00:00Z"), day("2024-02-01T00:00:00Z")]))
    ///     .param("name", "Acme & Co");
    /// assert_eq!(
    ///     truto::query::to_query_string(&query).unwrap(),
    ///     "integrated_account_id=acc-1&truto_super_query=wnam\
    ///      &updated_at[in][]=2024-01-01T00%3A00%3A00Z&updated_at[in][]=2024-02-01T00%3A00%3A00Z\
    ///      &name=Acme%20%26%20Co"
    /// );
    /// ```
    pub struct ListAccountsQuery {
        /// `created_at[op]=...`: when the account was created.
        created_at,

        /// `updated_at[op]=...`: when the account was last updated.
        updated_at,
    }
}
