//! The `attachments` resource of the unified accounting API (`/unified/accounting/attachments`):
//! files attached to accounts, contacts, invoices, credit notes and purchase orders.
//!
//! Sources (Truto's public API reference, as stored copies; pages
//! `truto.one/docs/api-reference/unified-accounting-api/attachments[/<method>]`):
//!
//! - `truto.one/unified-apis/accounting` (the overview of the 25 resources): `id`,
//!   `file_name`, `file_url`, `file_size` (number), `file_type` (the MIME type), `parent`
//!   (an object, "The parent object o…", its fields not shown), `company`, `created_at`,
//!   `updated_at`.
//! - `attachments/list`: filters `created_at`, `updated_at`, `entity` (`account`, `contact`,
//!   `credit_note`, `invoice`, `purchase_order`; required by Xero) and `entity_id` ("For
//!   example if entity is contacts, use contact id"; required by Xero).
//!
//! No schema page (`attachments.md`) and no other method page was found: only list is
//! declared. `parent` is kept as the JSON object sent (its shape is not shown); `id` is
//! taken as required as on every other accounting object.
//!
//! Here: the models [`AttachmentEntity`], [`AccountingAttachment`]; the list query
//! [`ListAccountingAttachmentsQuery`]; the endpoints, [`AccountingAttachmentsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::{truto_endpoint, Api, Client, Paginator};

open_enum! {
    /// The kind of record attachments are listed for (`entity` of the list query). Other values
    /// are kept.
    pub enum AttachmentEntity {
        /// `account`
        Account = "account",
        /// `contact`
        Contact = "contact",
        /// `credit_note`
        CreditNote = "credit_note",
        /// `invoice`
        Invoice = "invoice",
        /// `purchase_order`
        PurchaseOrder = "purchase_order",
    }
}

/// A file attached to an accounting record, in Truto's unified shape.
///
/// Only `id` is required. Unknown fields are ignored; `null` and absence both decode to `None`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AccountingAttachment {
    /// The unique identifier for attachment.
    pub id: String,
    /// The name of the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// The url of the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_url: Option<String>,
    /// The size of the attachment (a JSON number, as documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_size: Option<f64>,
    /// The MIME type of the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_type: Option<String>,
    /// The parent object of the attachment, as sent (its fields are not documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Map<String, Value>>,
    /// The company the attachment belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// This represents the date when the attachment was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// This represents the date when the attachment was updated.
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

impl AccountingAttachment {
    /// A record with the given id and every other field `None`.
    pub fn new(id: impl Into<String>) -> Self {
        AccountingAttachment {
            id: id.into(),
            file_name: None,
            file_url: None,
            file_size: None,
            file_type: None,
            parent: None,
            company: None,
            created_at: None,
            updated_at: None,
            remote_data: None,
        }
    }
}

list_query! {
    /// Query of `GET /unified/accounting/attachments`: the filters `attachments/list` documents.
    ///
    /// Xero needs both [`entity`](Self::entity) and [`entity_id`](Self::entity_id).
    pub struct ListAccountingAttachmentsQuery {
        /// `entity=...`: the kind of record (required by Xero).
        entity: AttachmentEntity,
        /// Sets `entity`.
        fn entity(value: AttachmentEntity);

        /// `entity_id=...`: the id of that record (required by Xero).
        entity_id: String,
        /// Sets `entity_id`, sent as given.
        fn entity_id(value: impl Into<String>) = value.into();

        /// `created_at[op]=...`: when the record was created.
        created_at,

        /// `updated_at[op]=...`: when the record was last updated.
        updated_at,
    }
}

/// The `attachments` resource: list (`/unified/accounting/attachments`).
pub trait AccountingAttachmentsApi: Api {
    /// Lists attachments.
    #[truto_endpoint(GET, "/unified/accounting/attachments")]
    fn list_accounting_attachments(
        &self,
        #[query] query: &ListAccountingAttachmentsQuery,
    ) -> Paginator<AccountingAttachment>;
}

impl AccountingAttachmentsApi for Client {}
