//! The `lists` resource of the unified marketing automation API
//! (`/unified/marketing-automation/lists`): audiences, the lists contacts subscribe to.
//!
//! Sources (as stored copies):
//!
//! - `unified-marketing-automation-api/lists/create` (Constant Contact, GetResponse,
//!   Mailchimp): body `name` (required everywhere), `description`, `contact` (Mailchimp: the
//!   list's postal contact, `company`, `address1`, `city`, `country` required; `address2`,
//!   `state`, `zip`, `phone`), `campaign_defaults` (required by Mailchimp: `from_email`,
//!   `from_name`, `language`, `subject`, all required), `remote_data`;
//! - `lists/update`: body `description` (GetResponse), `favorite` (required by Constant
//!   Contact), `name`, `remote_data`; the response starts with `id` (required);
//! - `truto.one/integrations/detail/mailchimp.md`: "The list represent a list of contacts in
//!   the remote system."
//!
//! Not confirmed: the response fields beyond `id` (typed as the create body's, with the
//! timestamps of every unified record), the type of `favorite` (a boolean here). No list,
//! get or delete page was found, so only create and update are declared.
//!
//! Here: [`MarketingList`], [`MarketingListContact`], [`MarketingListCampaignDefaults`];
//! [`CreateMarketingList`], [`UpdateMarketingList`]; [`MarketingListsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, QueryParams, Result};

/// The postal contact of a list (`contact`, Mailchimp): who sends to it.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct MarketingListContact {
    /// The company name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// The first line of the company's address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address1: Option<String>,
    /// The second line of the company's address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address2: Option<String>,
    /// The city of the company's address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// The state of the company's address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The zip code of the company's address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip: Option<String>,
    /// The country of the company's address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The company's phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

/// The defaults of campaigns sent to a list (`campaign_defaults`, Mailchimp).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct MarketingListCampaignDefaults {
    /// The default from email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_email: Option<String>,
    /// The default from name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_name: Option<String>,
    /// The default language of the list's forms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The default subject line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
}

/// A list (audience). Every field is optional, `null` decodes as absent, unknown fields are
/// ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct MarketingList {
    /// The list's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The list's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The list's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Whether the list is a favorite (Constant Contact).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub favorite: Option<bool>,
    /// The list's postal contact (Mailchimp).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<MarketingListContact>,
    /// The defaults of campaigns sent to the list (Mailchimp).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign_defaults: Option<MarketingListCampaignDefaults>,
    /// When the list was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the list was last updated.
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

write_body! {
    /// Body of `POST /unified/marketing-automation/lists`: every integration requires
    /// `name`; Mailchimp also `contact` and `campaign_defaults`.
    pub struct CreateMarketingList {
        required {
            /// The list's name.
            name: String,
        }
        optional {
            /// The list's description (Constant Contact).
            description: String,
            /// The list's postal contact (Mailchimp).
            contact: MarketingListContact,
            /// The defaults of campaigns sent to the list (Mailchimp).
            campaign_defaults: MarketingListCampaignDefaults,
        }
    }
}

write_body! {
    /// Body of `PATCH /unified/marketing-automation/lists/{id}`: the fields to change
    /// (Constant Contact requires `favorite`).
    pub struct UpdateMarketingList {
        /// The list's name.
        name: String,
        /// The list's description (GetResponse).
        description: String,
        /// Whether the list is a favorite (Constant Contact; a boolean, not confirmed).
        favorite: bool,
    }
}

/// The `lists` resource: create, update (`/unified/marketing-automation/lists`).
pub trait MarketingListsApi: Api {
    /// Creates a list.
    #[truto_endpoint(POST, "/unified/marketing-automation/lists")]
    async fn create_marketing_list(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateMarketingList,
    ) -> Result<MarketingList>;

    /// Updates a list.
    #[truto_endpoint(PATCH, "/unified/marketing-automation/lists/{id}")]
    async fn update_marketing_list(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateMarketingList,
    ) -> Result<MarketingList>;
}

impl MarketingListsApi for Client {}
