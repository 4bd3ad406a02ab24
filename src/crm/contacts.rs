//! The `contacts` resource of the unified CRM API (`/unified/crm/contacts`): the people at a
//! company the CRM keeps in touch with.
//!
//! Sources (truto.one/docs/api-reference/unified-crm-api/...):
//!
//! - `truto.one/unified-apis/crm` (the CRM overview): the 17 fields of a contact, `id`,
//!   `first_name`, `last_name`, `name`, `title`, `account`, `addresses`, `email_addresses`,
//!   `phone_numbers`, `tags`, `custom_fields`, `last_activity_at`, `created_at`,
//!   `updated_at`, `etag`, `owner`, `urls`;
//! - `contacts/delete`: the response is the contact (`id` required, `account` with `id` and
//!   `name`, `addresses[]` with `id`, `street_1`, ...); [`Deleted`] reads its `id`;
//! - `contacts/create`: body `account` ("The account to be associated with this contact",
//!   required by Close, Planhat, Zoho CRM), then cut off; query `workspace[id]` (required by
//!   Highlevel, set it with [`QueryParams::param`]);
//! - `contacts/update`: body `account`, `addresses`, `custom_fields` (keys are the `name`s
//!   of [`fields`](super::CrmFieldsApi)), `email_addresses`, `etag`, then cut off;
//! - `contacts/batch-delete` (`POST /unified/crm/contacts/batch-delete`, HubSpot and
//!   Salesforce): body `id` (an array, required by HubSpot) and `remote_data`; the page shows
//!   a contact as the response, which a batch cannot be, so the answer is returned as the
//!   JSON sent ([`CrmContactsApi::batch_delete_crm_contacts`]).
//!
//! **Not confirmed**: the shape of `tags[]` (kept as JSON values), of `owner` (read as
//! [`Reference`]), and the body fields after `etag` (`first_name`, `last_name`, `name`,
//! `title`, `owner`, `phone_numbers`, mirrored from the schema). No `contacts/list` page was
//! stored: only the `created_at` / `updated_at` filters every unified list takes are typed.
//!
//! Here: [`CrmContact`]; [`CreateCrmContact`], [`UpdateCrmContact`],
//! [`BatchDeleteCrmContacts`]; [`ListCrmContactsQuery`]; [`CrmContactsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::common::{CrmAddress, CrmEmailAddress, CrmPhoneNumber, CrmUrl};
use crate::list_query::list_query;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, QueryParams, Reference, Result};

/// A contact of the CRM, in Truto's unified shape.
///
/// Only [`id`](Self::id) is required (`contacts/delete`: "REQUIRED · The contact's unique
/// identifier"). Every other field decodes from `null` and from absence; unknown fields are
/// ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct CrmContact {
    /// The contact's unique identifier.
    pub id: String,
    /// The contact's first name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The contact's last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The contact's full name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The contact's job title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The contact's account (`id`, `name`; references Accounts → id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<Reference>,
    /// The contact's postal addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<CrmAddress>>,
    /// The contact's email addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_addresses: Option<Vec<CrmEmailAddress>>,
    /// The contact's phone numbers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_numbers: Option<Vec<CrmPhoneNumber>>,
    /// The contact's tags (shape not confirmed: kept as JSON values).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Value>>,
    /// All the custom fields present on the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Map<String, Value>>,
    /// The date and time of the contact's last activity.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_activity_at: Option<DateTime<FixedOffset>>,
    /// The date and time of the contact's creation.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// The date and time of the contact's last update.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// The unique identifier for the specific version of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The contact's owner (a CRM user; read as `{id, name}`, not confirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Reference>,
    /// The contact's URLs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urls: Option<Vec<CrmUrl>>,
    /// Raw data returned from the remote API call (absent with `truto_ignore_remote_data`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

impl CrmContact {
    /// The first email address, if any.
    pub fn primary_email(&self) -> Option<&str> {
        self.email_addresses
            .as_ref()?
            .iter()
            .find_map(|entry| entry.email.as_deref())
    }
}

write_body! {
    /// The body of `POST /unified/crm/contacts`.
    ///
    /// No field is required by every integration (`account` is required by Close, Planhat
    /// and Zoho CRM). `account` is confirmed; the other fields mirror the schema (the stored
    /// page is cut off after `account`). Anything else goes through [`field`](Self::field).
    ///
    /// ```
    /// use serde_json::json;
    /// use truto::crm::{CreateCrmContact, CrmEmailAddress};
    ///
    /// let body = CreateCrmContact::new()
    ///     .first_name("Ada")
    ///     .account_id("acc_1")
    ///     .email_addresses(vec![CrmEmailAddress::new("ada@example.com")]);
    /// assert_eq!(
    ///     serde_json::to_value(&body).unwrap(),
    ///     json!({
    ///         "first_name": "Ada",
    ///         "account": {"id": "acc_1"},
    ///         "email_addresses": [{"email": "ada@example.com"}]
    ///     }),
    /// );
    /// ```
    pub struct CreateCrmContact {
        /// The contact's first name.
        first_name: String,
        /// The contact's last name.
        last_name: String,
        /// The contact's full name.
        name: String,
        /// The contact's job title.
        title: String,
        /// The account to be associated with this contact.
        account: Reference,
        /// The contact's owner.
        owner: Reference,
        /// The contact's postal addresses.
        addresses: Vec<CrmAddress>,
        /// The contact's email addresses.
        email_addresses: Vec<CrmEmailAddress>,
        /// The contact's phone numbers.
        phone_numbers: Vec<CrmPhoneNumber>,
        /// Custom fields to set, keyed by the `name` of a custom field.
        custom_fields: Map<String, Value>,
    }
}

write_body! {
    /// The body of `PATCH /unified/crm/contacts/{id}`: the fields to change.
    ///
    /// `account`, `addresses`, `custom_fields`, `email_addresses` and `etag` are confirmed
    /// (`contacts/update`, cut off after `etag`); the others mirror the create body.
    pub struct UpdateCrmContact {
        /// The contact's first name.
        first_name: String,
        /// The contact's last name.
        last_name: String,
        /// The contact's full name.
        name: String,
        /// The contact's job title.
        title: String,
        /// The contact's account.
        account: Reference,
        /// The contact's owner.
        owner: Reference,
        /// The contact's postal addresses.
        addresses: Vec<CrmAddress>,
        /// The contact's email addresses.
        email_addresses: Vec<CrmEmailAddress>,
        /// The contact's phone numbers.
        phone_numbers: Vec<CrmPhoneNumber>,
        /// Custom fields to set, keyed by the `name` of a custom field.
        custom_fields: Map<String, Value>,
        /// The version of the contact this change is based on.
        etag: String,
    }
}

impl CreateCrmContact {
    /// Sets the account by id (`account: {"id": ...}`).
    #[must_use]
    pub fn account_id(self, id: impl Into<String>) -> Self {
        self.account(Reference::with_id(id))
    }
}

impl UpdateCrmContact {
    /// Sets the account by id (`account: {"id": ...}`).
    #[must_use]
    pub fn account_id(self, id: impl Into<String>) -> Self {
        self.account(Reference::with_id(id))
    }
}

write_body! {
    /// The body of `POST /unified/crm/contacts/batch-delete`: the ids of the contacts to
    /// delete (`id`, an array; required by HubSpot).
    ///
    /// ```
    /// use serde_json::json;
    /// use truto::crm::BatchDeleteCrmContacts;
    ///
    /// let body = BatchDeleteCrmContacts::new(vec!["c_1".to_owned(), "c_2".to_owned()]);
    /// assert_eq!(serde_json::to_value(&body).unwrap(), json!({"id": ["c_1", "c_2"]}));
    /// ```
    pub struct BatchDeleteCrmContacts {
        required {
            /// The ids of the contacts to delete.
            id: Vec<String>,
        }
        optional {}
    }
}

list_query! {
    /// The query of `GET /unified/crm/contacts`.
    ///
    /// No `contacts/list` page was stored: typed are the `created_at` / `updated_at`
    /// filters every unified list takes; send others with [`param`](Self::param).
    pub struct ListCrmContactsQuery {
        /// `created_at[op]=...`: when the contact was created.
        created_at,

        /// `updated_at[op]=...`: when the contact was last updated.
        updated_at,
    }
}

/// The `contacts` resource: list, get, create, update, delete, and the custom method
/// `batch-delete` (`/unified/crm/contacts`).
pub trait CrmContactsApi: Api {
    /// Lists contacts, page after page.
    #[truto_endpoint(GET, "/unified/crm/contacts")]
    fn list_crm_contacts(&self, #[query] query: &ListCrmContactsQuery) -> Paginator<CrmContact>;

    /// Gets one contact.
    #[truto_endpoint(GET, "/unified/crm/contacts/{id}")]
    async fn get_crm_contact(&self, id: &str, #[query] query: &QueryParams) -> Result<CrmContact>;

    /// Creates a contact.
    #[truto_endpoint(POST, "/unified/crm/contacts")]
    async fn create_crm_contact(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateCrmContact,
    ) -> Result<CrmContact>;

    /// Updates a contact.
    #[truto_endpoint(PATCH, "/unified/crm/contacts/{id}")]
    async fn update_crm_contact(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateCrmContact,
    ) -> Result<CrmContact>;

    /// Deletes a contact. The page shows the contact as the response; [`Deleted`] reads its
    /// `id`.
    #[truto_endpoint(DELETE, "/unified/crm/contacts/{id}")]
    async fn delete_crm_contact(&self, id: &str, #[query] query: &QueryParams) -> Result<Deleted>;

    /// Deletes several contacts in one call (`POST /unified/crm/contacts/batch-delete`).
    ///
    /// The answer is returned as the JSON Truto sends: its reference page documents a single
    /// contact as the response body, which cannot describe a batch, so no shape is assumed.
    /// It is a write like any create: the client's rules for repeating writes apply.
    #[truto_endpoint(POST, "/unified/crm/contacts/batch-delete")]
    async fn batch_delete_crm_contacts(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &BatchDeleteCrmContacts,
    ) -> Result<Value>;
}

impl CrmContactsApi for Client {}
