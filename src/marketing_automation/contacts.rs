//! The `contacts` resource of the unified marketing automation API
//! (`/unified/marketing-automation/contacts`): the people on a sender's lists (Mailchimp,
//! Klaviyo, ActiveCampaign, Brevo, ...).
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - `unified-marketing-automation-api/contacts/list` (12 integrations): query `tags`
//!   (`id`, `name`), `segments` (`id`; Brevo: "Either set segment or lists"), `email`,
//!   `created_at`, `updated_at`, `sort_by` (`created_at`, `email`, `first_name`,
//!   `last_name`, `name`, `updated_at`), `name`, `workspace` (cut off there);
//! - `contacts/create` (Constant Contact, GetResponse, Mailchimp, Smartlead): query `list_id`
//!   (required by Mailchimp); body `email` (required everywhere), `first_name`, `last_name`,
//!   `phones` (`phone`, `type`), `addresses` (`street_1`, `street_2`, `city`, `state`,
//!   `country`, `postal_code`, `type`), `lists` ("The lists that the contact is subscribed
//!   to", with "The list's unique identifier"), `campaign` (`id`; required by GetResponse
//!   and Smartlead), `tags` (`id`, `name`), `status` ("The status of the contact if it is
//!   new", Mailchimp), `remote_data`; the response starts with `id` (required),
//!   `first_name`, `last_name`.
//!
//! Where the stored copies disagree: an older copy of the create page types `lists` as a
//! string array, the newer one as objects with the list's id. The newer one is followed
//! ([`Reference`] items). Not confirmed: the response fields beyond the first three (typed
//! as the create body's), and the members of `workspace`. No get, update or delete page was
//! found.
//!
//! Here: [`MarketingContact`], [`MarketingContactPhone`], [`MarketingContactAddress`];
//! [`CreateMarketingContact`], [`MarketingContactTarget`]; [`ListMarketingContactsQuery`];
//! [`MarketingContactsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::query_params::Wire;
use crate::write_body::write_body;
use crate::{
    truto_endpoint, Api, Client, IdFilter, Paginator, QueryParams, Reference, Result, SortBy,
};

/// A phone number of a contact (`phones[]`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct MarketingContactPhone {
    /// The phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// The phone number type.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

/// A postal address of a contact (`addresses[]`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct MarketingContactAddress {
    /// The first line of the street address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street_1: Option<String>,
    /// The second line of the street address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street_2: Option<String>,
    /// The city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// The state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// The address type.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

/// A contact. Every field is optional (the create page marks `id` required; it is optional
/// here so partial answers decode), `null` decodes as absent, unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct MarketingContact {
    /// The contact's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The contact's email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The contact's first name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The contact's last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The contact's full name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The contact's phone numbers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phones: Option<Vec<MarketingContactPhone>>,
    /// The contact's addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<MarketingContactAddress>>,
    /// The lists the contact is subscribed to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lists: Option<Vec<Reference>>,
    /// The contact's tags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Reference>>,
    /// The segments the contact belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segments: Option<Vec<Reference>>,
    /// The contact's status (subscribed, unsubscribed, ...; no value list is documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The workspace (account, location) the contact is in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace: Option<Reference>,
    /// When the contact was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the contact was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

list_query! {
    /// Query of `GET /unified/marketing-automation/contacts`: the filters of the list page.
    pub struct ListMarketingContactsQuery {
        /// `email=...` (12 integrations).
        email: String,
        /// Keeps the contact with this email.
        fn email(email: impl Into<String>) = email.into();

        /// `name=...`: the contact's full name.
        name: String,
        /// Keeps the contacts with this name.
        fn name(name: impl Into<String>) = name.into();

        /// `tags[n][id]=...`: the tags to match.
        tags: Vec<Reference>,
        /// Adds a tag to match.
        fn tag(tag_id: impl Into<String>) = Reference::with_id(tag_id);

        /// `segments[n][id]=...`: the segments to list.
        segments: Vec<Reference>,
        /// Adds a segment to list.
        fn segment(segment_id: impl Into<String>) = Reference::with_id(segment_id);

        /// `workspace[id]=...` (Highlevel's location, for instance).
        workspace: IdFilter,
        /// Lists the contacts of this workspace.
        fn workspace(workspace_id: impl Into<String>) = IdFilter::new(workspace_id);

        /// `created_at[op]=...`: when the contact was created.
        created_at,

        /// `updated_at[op]=...`: when the contact was last updated.
        updated_at,

        /// `sort_by[field]=asc|desc` (`created_at`, `email`, `first_name`, `last_name`,
        /// `name`, `updated_at`; ActiveCampaign, Highlevel).
        sort_by: SortBy,
        /// Sets `sort_by`.
        fn sort_by(sort_by: SortBy);
    }
}

/// The query of `POST /unified/marketing-automation/contacts`: Truto's parameters and
/// `list_id`, the list to add the contact to (required by Mailchimp).
#[derive(Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct MarketingContactTarget {
    /// Truto's own parameters and the other parameters set with [`param`](Self::param).
    #[serde(flatten)]
    pub query: QueryParams,
    /// `list_id=...`: the list's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_id: Option<String>,
}

impl Serialize for MarketingContactTarget {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Target<'a> {
            #[serde(skip_serializing_if = "Option::is_none")]
            list_id: &'a Option<String>,
        }
        Wire::new(
            &self.query,
            Target {
                list_id: &self.list_id,
            },
        )
        .serialize(serializer)
    }
}

impl MarketingContactTarget {
    /// The query for the account `integrated_account_id`, nothing else set.
    pub fn new(integrated_account_id: impl Into<String>) -> Self {
        MarketingContactTarget::from(QueryParams::new(integrated_account_id))
    }

    /// Sets `list_id`.
    #[must_use]
    pub fn list_id(mut self, list_id: impl Into<String>) -> Self {
        self.list_id = Some(list_id.into());
        self
    }

    /// Sets another query parameter, sent after `list_id` (an object value nests:
    /// `key[inner]=...`); the same as [`QueryParams::param`] on `query`.
    #[must_use]
    pub fn param(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.query = self.query.param(key, value);
        self
    }
}

impl From<QueryParams> for MarketingContactTarget {
    fn from(query: QueryParams) -> Self {
        MarketingContactTarget {
            query,
            list_id: None,
        }
    }
}

write_body! {
    /// Body of `POST /unified/marketing-automation/contacts`: every integration requires
    /// `email`.
    pub struct CreateMarketingContact {
        required {
            /// The contact's email.
            email: String,
        }
        optional {
            /// The contact's first name.
            first_name: String,
            /// The contact's last name.
            last_name: String,
            /// The contact's phone numbers.
            phones: Vec<MarketingContactPhone>,
            /// The contact's addresses.
            addresses: Vec<MarketingContactAddress>,
            /// The lists to subscribe the contact to (by id; required by GetResponse).
            lists: Vec<Reference>,
            /// The campaign to add the contact to (`id`; required by GetResponse, Smartlead).
            campaign: Reference,
            /// The contact's tags.
            tags: Vec<Reference>,
            /// The status of the contact if it is new (Mailchimp).
            status: String,
        }
    }
}

/// The `contacts` resource: list, create (`/unified/marketing-automation/contacts`).
pub trait MarketingContactsApi: Api {
    /// Lists contacts.
    #[truto_endpoint(GET, "/unified/marketing-automation/contacts")]
    fn list_marketing_contacts(
        &self,
        #[query] query: &ListMarketingContactsQuery,
    ) -> Paginator<MarketingContact>;

    /// Creates a contact (Mailchimp needs [`list_id`](MarketingContactTarget::list_id)).
    #[truto_endpoint(POST, "/unified/marketing-automation/contacts")]
    async fn create_marketing_contact(
        &self,
        #[query] target: &MarketingContactTarget,
        #[body] body: &CreateMarketingContact,
    ) -> Result<MarketingContact>;
}

impl MarketingContactsApi for Client {}
