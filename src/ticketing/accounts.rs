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
//!
//! Here: the model [`Account`]; its write bodies [`CreateAccount`], [`UpdateAccount`]; its list
//! query [`ListAccountsQuery`]; its endpoints, [`AccountsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, QueryParams, Result};

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
    /// use truto::{Compare, QueryParams, SuperQueryRegion};
    ///
    /// let day = |text| DateTime::parse_from_rfc3339(text).unwrap();
    /// let params = QueryParams::new("acc-1").super_query(SuperQueryRegion::Wnam);
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

/// The `accounts` resource: list, get, create, update, delete.
pub trait AccountsApi: Api {
    /// Lists accounts (`GET /unified/ticketing/accounts`), page after page.
    #[truto_endpoint(GET, "/unified/ticketing/accounts")]
    fn list_accounts(&self, #[query] query: &ListAccountsQuery) -> Paginator<Account>;

    /// Gets one account (`GET /unified/ticketing/accounts/{id}`).
    #[truto_endpoint(GET, "/unified/ticketing/accounts/{id}")]
    async fn get_account(&self, id: &str, #[query] query: &QueryParams) -> Result<Account>;

    /// Creates an account (`POST /unified/ticketing/accounts`).
    #[truto_endpoint(POST, "/unified/ticketing/accounts")]
    async fn create_account(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateAccount,
    ) -> Result<Account>;

    /// Updates an account (`PATCH /unified/ticketing/accounts/{id}`).
    #[truto_endpoint(PATCH, "/unified/ticketing/accounts/{id}")]
    async fn update_account(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateAccount,
    ) -> Result<Account>;

    /// Deletes an account (`DELETE /unified/ticketing/accounts/{id}`).
    #[truto_endpoint(DELETE, "/unified/ticketing/accounts/{id}")]
    async fn delete_account(&self, id: &str, #[query] query: &QueryParams) -> Result<Deleted>;
}

impl AccountsApi for Client {}

#[cfg(test)]
mod tests {
    use crate::ticketing::test_support::*;
    use crate::ticketing::*;

    const ACCOUNT_FULL: &str = include_str!("../../tests/fixtures/account_full.json");
    const ACCOUNT_ONLY_ID: &str = include_str!("../../tests/fixtures/account_only_id.json");
    const ACCOUNT_NULLS: &str = include_str!("../../tests/fixtures/account_nulls.json");
    const ACCOUNT_UNKNOWN: &str = include_str!("../../tests/fixtures/account_unknown.json");

    #[test]
    fn full_account_decodes_every_field() {
        let account: Account = decode(ACCOUNT_FULL);
        let expected = Account {
            name: Some("Acme Printing Ltd".into()),
            domains: Some(vec!["acme-printing.example".into(), "acme.example".into()]),
            updated_at: Some(time("2024-03-01T08:30:00+01:00")),
            created_at: Some(time("2018-11-20T12:00:00Z")),
            etag: Some("acc_8812-12".into()),
            remote_data: Some(object(json!({"id": 8812, "plan": "enterprise"}))),
            ..Account::new("acc_8812")
        };
        assert_eq!(account, expected);
    }

    #[test]
    fn bare_and_unknown_accounts_decode() {
        assert_eq!(decode::<Account>(ACCOUNT_ONLY_ID), Account::new("acc_8813"));
        assert_eq!(decode::<Account>(ACCOUNT_NULLS), Account::new("acc_8813"));
        let account: Account = decode(ACCOUNT_UNKNOWN);
        assert_eq!(
            account,
            Account {
                name: Some("Globex".into()),
                ..Account::new("acc_8814")
            }
        );
        assert_round_trip::<Account>(ACCOUNT_FULL);
    }

    #[test]
    fn account_write_bodies_serialize_as_documented() {
        let body = CreateAccount::new()
            .name("Acme")
            .description("Printers and more")
            .domains(vec!["acme.example".to_owned()])
            .custom_fields(object(json!({"segment": "smb"})));
        assert_eq!(
            to_json(&body),
            json!({
                "name": "Acme",
                "description": "Printers and more",
                "domains": ["acme.example"],
                "custom_fields": {"segment": "smb"}
            })
        );
        let update = UpdateAccount::new().domains(Vec::<String>::new());
        assert_eq!(text(&update), r#"{"domains":[]}"#);
    }
}
