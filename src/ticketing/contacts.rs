//! Contacts: the customers who raise tickets (`/unified/ticketing/contacts`).
//!
//! Sources (truto.one/docs/api-reference/unified-ticketing-api/...):
//!
//! - `contacts.md` ("Contacts Object"): the whole schema, all confirmed: `id` (required),
//!   `first_name`, `last_name`, `name`, `emails[]` (`email` required, `type`), `phones[]`
//!   (`number`, `extension`, `type`; none required), `details`, `account_id`, `created_at`,
//!   `updated_at`, `etag`, `custom_fields`, `is_active`, `remote_data`.
//! - Methods: the object page lists `GET /unified/ticketing/contacts`; "Get Contacts",
//!   "Create Contacts", "Update Contacts" and "Delete Contacts" pages exist. All five exist.
//! - `contacts/create`: body `account_id`, `avatar` (Dixa; its type is not shown, so it is not
//!   typed), `custom_fields`, `details`, `emails`, and (older rendering) `first_name`,
//!   `last_name`, `name`, `phones` (`number`, `extension`, `type`), `remote_data`.
//! - `contacts/update`: body starts with `name` (required in Dixa); the rest of the excerpt is
//!   cut, so the other update fields mirror the create body (**not confirmed**).
//! - `contacts/delete`: its Response Body is shown as the contact schema (see
//!   [`Deleted`](super::Deleted)).
//! - `contacts/list`: the stored pages end before the contact-specific filters: only the
//!   `created_at` / `updated_at` filters every unified list takes (`overview/querying`) are
//!   typed.
//!
//! Here: the models [`ContactPhone`], [`Contact`]; its write bodies [`CreateContact`],
//! [`UpdateContact`]; its list query [`ListContactsQuery`]; its endpoints, [`ContactsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::people::Email;
use crate::list_query::list_query;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, QueryParams, Result};

/// A phone number of a contact (`phones[]` of the Contact schema): the crate's
/// [`PhoneNumber`](crate::PhoneNumber). Unlike [`Phone`](super::Phone) (a ticket's people,
/// where the seed requires `number`), the Contacts schema marks no phone field required and
/// adds `extension`.
pub type ContactPhone = crate::PhoneNumber;

/// A contact of the ticketing tool, in Truto's unified shape.
///
/// Only [`id`](Self::id) is required. Unknown fields are ignored; `null` and absence both
/// decode to `None`. An entry of `emails` without `email` fails to decode (the docs require
/// it).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    /// The unique identifier for a contact.
    pub id: String,
    /// The first name of the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The last name of the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The name of the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The emails of the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<Email>>,
    /// The phone numbers of the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phones: Option<Vec<ContactPhone>>,
    /// The details of the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
    /// The account id of the contact (references Accounts → id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// The date the contact was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// The date the contact was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// The unique identifier for the specific version of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// All the custom fields present on the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Map<String, Value>>,
    /// Whether the contact is active or not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    /// Raw data returned from the remote API call (absent with `truto_ignore_remote_data`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

impl Contact {
    /// A contact with the given id and every other field `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Contact {
            id: id.into(),
            first_name: None,
            last_name: None,
            name: None,
            emails: None,
            phones: None,
            details: None,
            account_id: None,
            created_at: None,
            updated_at: None,
            etag: None,
            custom_fields: None,
            is_active: None,
            remote_data: None,
        }
    }

    /// The first email address, if any.
    pub fn primary_email(&self) -> Option<&str> {
        self.emails
            .as_ref()?
            .first()
            .map(|email| email.email.as_str())
    }
}

write_body! {
    /// The body of `POST /unified/ticketing/contacts`.
    ///
    /// No field is required by the unified docs (integrations differ: Dixa requires
    /// `emails`, HappyFox `first_name`). Source: `contacts/create`, two renderings, which
    /// together show every field below; `avatar` is shown without a type and is not typed.
    ///
    /// ```
    /// use serde_json::json;
    /// use truto::ticketing::{CreateContact, Email};
    ///
    /// let body = CreateContact::new().name("Ada").emails(vec![Email::new("ada@example.com")]);
    /// assert_eq!(
    ///     serde_json::to_value(&body).unwrap(),
    ///     json!({"name": "Ada", "emails": [{"email": "ada@example.com"}]}),
    /// );
    /// ```
    pub struct CreateContact {
        /// The first name of the contact.
        first_name: String,
        /// The last name of the contact.
        last_name: String,
        /// The name of the contact.
        name: String,
        /// The emails of the contact.
        emails: Vec<Email>,
        /// The phone numbers of the contact.
        phones: Vec<ContactPhone>,
        /// The details of the contact.
        details: String,
        /// The account id of the contact.
        account_id: String,
        /// All the custom fields present on the contact.
        custom_fields: Map<String, Value>,
    }
}

write_body! {
    /// The body of `PATCH /unified/ticketing/contacts/{id}`: the fields to change.
    ///
    /// The update page confirms `name` (its excerpt is cut after it); the other fields
    /// mirror the create body and are **not confirmed**.
    pub struct UpdateContact {
        /// The first name of the contact.
        first_name: String,
        /// The last name of the contact.
        last_name: String,
        /// The name of the contact.
        name: String,
        /// The emails of the contact.
        emails: Vec<Email>,
        /// The phone numbers of the contact.
        phones: Vec<ContactPhone>,
        /// The details of the contact.
        details: String,
        /// The account id of the contact.
        account_id: String,
        /// All the custom fields present on the contact.
        custom_fields: Map<String, Value>,
    }
}

list_query! {
    /// The query of `GET /unified/ticketing/contacts`.
    ///
    /// Typed are the `created_at` / `updated_at` filters every unified list takes
    /// (`overview/querying`); contact-specific filters are not confirmed (the stored
    /// `contacts/list` pages end before them) and go through [`param`](Self::param).
    ///
    /// ```
    /// use chrono::DateTime;
    /// use truto::Compare;
    /// use truto::ticketing::ListContactsQuery;
    ///
    /// let until = DateTime::parse_from_rfc3339("2024-01-31T23:59:59-08:00").unwrap();
    /// let query = ListContactsQuery::new("acc-1").limit(100).created_at(Compare::lte(until));
    /// assert_eq!(
    ///     truto::query::to_query_string(&query).unwrap(),
    ///     "integrated_account_id=acc-1&limit=100&created_at[lte]=2024-01-31T23%3A59%3A59-08%3A00"
    /// );
    /// ```
    pub struct ListContactsQuery {
        /// `created_at[op]=...`: when the contact was created.
        created_at,

        /// `updated_at[op]=...`: when the contact was last updated.
        updated_at,
    }
}

/// The `contacts` resource: list, get, create, update, delete.
pub trait ContactsApi: Api {
    /// Lists contacts (`GET /unified/ticketing/contacts`), page after page.
    #[truto_endpoint(GET, "/unified/ticketing/contacts")]
    fn list_contacts(&self, #[query] query: &ListContactsQuery) -> Paginator<Contact>;

    /// Gets one contact (`GET /unified/ticketing/contacts/{id}`).
    #[truto_endpoint(GET, "/unified/ticketing/contacts/{id}")]
    async fn get_contact(&self, id: &str, #[query] query: &QueryParams) -> Result<Contact>;

    /// Creates a contact (`POST /unified/ticketing/contacts`).
    #[truto_endpoint(POST, "/unified/ticketing/contacts")]
    async fn create_contact(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateContact,
    ) -> Result<Contact>;

    /// Updates a contact (`PATCH /unified/ticketing/contacts/{id}`).
    #[truto_endpoint(PATCH, "/unified/ticketing/contacts/{id}")]
    async fn update_contact(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateContact,
    ) -> Result<Contact>;

    /// Deletes a contact (`DELETE /unified/ticketing/contacts/{id}`). The reference page shows
    /// the contact as the response; [`Deleted`] reads its `id`.
    #[truto_endpoint(DELETE, "/unified/ticketing/contacts/{id}")]
    async fn delete_contact(&self, id: &str, #[query] query: &QueryParams) -> Result<Deleted>;
}

impl ContactsApi for Client {}

#[cfg(test)]
mod tests {
    use crate::ticketing::test_support::*;
    use crate::ticketing::*;

    const CONTACT_FULL: &str = include_str!("../../tests/fixtures/contact_full.json");
    const CONTACT_ONLY_ID: &str = include_str!("../../tests/fixtures/contact_only_id.json");
    const CONTACT_NULLS: &str = include_str!("../../tests/fixtures/contact_nulls.json");
    const CONTACT_UNKNOWN: &str = include_str!("../../tests/fixtures/contact_unknown.json");

    #[test]
    fn full_contact_decodes_every_field() {
        let contact: Contact = decode(CONTACT_FULL);
        let expected = Contact {
            first_name: Some("Priya".into()),
            last_name: Some("Raman".into()),
            name: Some("Priya Raman".into()),
            emails: Some(vec![
                email("priya.raman@example.com", Some("work")),
                email("priya@home.example.org", None),
            ]),
            phones: Some(vec![
                ContactPhone {
                    number: Some("+91 80 4000 1234".into()),
                    extension: Some("42".into()),
                    kind: Some("work".into()),
                },
                ContactPhone {
                    kind: Some("mobile".into()),
                    ..ContactPhone::default()
                },
            ]),
            details: Some("VIP customer since 2019".into()),
            account_id: Some("acc_8812".into()),
            created_at: Some(time("2019-06-01T09:00:00+02:00")),
            updated_at: Some(time("2024-02-29T23:59:59Z")),
            etag: Some("c_2201-v7".into()),
            custom_fields: Some(object(
                json!({"tier": "gold", "seats": 25, "regions": ["emea", "apac"]}),
            )),
            is_active: Some(true),
            remote_data: Some(object(json!({"id": 2201, "organization_id": 8812}))),
            ..Contact::new("c_2201")
        };
        assert_eq!(contact, expected);
        assert_eq!(contact.primary_email(), Some("priya.raman@example.com"));
    }

    #[test]
    fn bare_and_unknown_contacts_decode() {
        assert_eq!(decode::<Contact>(CONTACT_ONLY_ID), Contact::new("c_2202"));
        assert_eq!(decode::<Contact>(CONTACT_NULLS), Contact::new("c_2202"));
        let contact: Contact = decode(CONTACT_UNKNOWN);
        assert_eq!(
            contact.emails,
            Some(vec![email("x@example.com", Some("billing"))])
        );
        assert_eq!(contact.phones, Some(vec![ContactPhone::new("555-0100")]));
        assert_eq!(contact.primary_email(), Some("x@example.com"));
        // An email entry without `email` is an error: the docs require it.
        assert!(
            serde_json::from_str::<Contact>(r#"{"id": "c", "emails": [{"type": "w"}]}"#).is_err()
        );
        assert_round_trip::<Contact>(CONTACT_FULL);
        assert_round_trip::<Contact>(CONTACT_UNKNOWN);
    }

    #[test]
    fn contact_write_bodies_serialize_as_documented() {
        let body = CreateContact::new()
            .first_name("Priya")
            .last_name("Raman")
            .emails(vec![email("priya@example.com", Some("work"))])
            .phones(vec![ContactPhone {
                extension: Some("42".into()),
                ..ContactPhone::new("+91 80 4000 1234")
            }])
            .account_id("acc_8812")
            .custom_fields(object(json!({"tier": "gold"})));
        assert_eq!(
            to_json(&body),
            json!({
                "first_name": "Priya",
                "last_name": "Raman",
                "emails": [{"email": "priya@example.com", "type": "work"}],
                "phones": [{"number": "+91 80 4000 1234", "extension": "42"}],
                "account_id": "acc_8812",
                "custom_fields": {"tier": "gold"}
            })
        );
        let update = UpdateContact::new()
            .details("VIP")
            .field("avatar", "https://a.example/p.png");
        assert_eq!(
            to_json(&update),
            json!({"details": "VIP", "avatar": "https://a.example/p.png"})
        );
    }
}
