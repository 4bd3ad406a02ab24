//! The `orders` resource of the unified e-commerce API (`/unified/ecommerce/orders`): the
//! orders placed in a shop.
//!
//! Sources (as stored copies): `unified-e-commerce-api/orders/list` (partial records): query
//! `created_at`, `updated_at`, the customer to filter by ("The ID of the customer to filter
//! the orders by"; its name is not in the stored copy), `sort_by` (`created_at`, `id`,
//! `updated_at`), `fulfillment_status` (`cancelled`, `delivered`, `partial`, `pending`; "If
//! no clear mapping exists, then raw value is returned"), `status` (`active`, `any`,
//! `archived`, `cancelled`, `completed`, `pending`); `orders/get`: response `id` (required),
//! `billing_address` (`city`, `company_name`, `country`, `postal_code`, `state`,
//! `street_1`, `street_2`), `created_at`, `currency`, `customer` (`company_name`, `emails`
//! with `email`, status, `type`; `first_name`, `id`, `last_name`, `name`, `phones` with
//! `number`, `type`), `discounts`, ... cut off.
//!
//! Not confirmed: the fields after the cut (kept in [`other`](EcommerceOrder::other); the
//! list page's `fulfillment_status` and `status` are typed), the items of `discounts` (JSON).
//! No create, update or delete page was found.
//!
//! Here: [`EcommerceOrder`], [`EcommerceAddress`], [`EcommerceCustomer`],
//! [`EcommerceCustomerEmail`], [`FulfillmentStatus`], [`EcommerceOrderStatus`];
//! [`ListEcommerceOrdersQuery`]; [`EcommerceOrdersApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::{truto_endpoint, Api, Client, Paginator, PhoneNumber, QueryParams, Result, SortBy};

open_enum! {
    /// How far an order is fulfilled (`fulfillment_status`).
    pub enum FulfillmentStatus {
        /// `pending`
        Pending = "pending",
        /// `partial`
        Partial = "partial",
        /// `delivered`
        Delivered = "delivered",
        /// `cancelled`
        Cancelled = "cancelled",
    }
}

open_enum! {
    /// The status of an order (`status`; `any` is a filter value only).
    pub enum EcommerceOrderStatus {
        /// `active`
        Active = "active",
        /// `pending`
        Pending = "pending",
        /// `completed`
        Completed = "completed",
        /// `cancelled`
        Cancelled = "cancelled",
        /// `archived`
        Archived = "archived",
        /// `any` (list filter: every status)
        Any = "any",
    }
}

/// A postal address of an order (`billing_address`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct EcommerceAddress {
    /// The company name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    /// The first line of the address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street_1: Option<String>,
    /// The second line of the address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street_2: Option<String>,
    /// The city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// The state or province.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// The country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// An email address of a customer (`customer.emails[]`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct EcommerceCustomerEmail {
    /// The email of the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The status of the email (no value list is documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The type of the email.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

/// The customer an order is linked to (`customer`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct EcommerceCustomer {
    /// The unique identifier for the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The first name of the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The last name of the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The full name of the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The company name of the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    /// The emails of the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<EcommerceCustomerEmail>>,
    /// The phone numbers of the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phones: Option<Vec<PhoneNumber>>,
}

/// An order. The typed members are optional and accept `null`; the others are kept in
/// [`other`](Self::other).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct EcommerceOrder {
    /// The unique identifier for the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The billing address of the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<EcommerceAddress>,
    /// The currency of the order's amounts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The customer the order is linked to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<EcommerceCustomer>,
    /// The discounts of the order, as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discounts: Option<Vec<Value>>,
    /// The order's status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<EcommerceOrderStatus>,
    /// How far the order is fulfilled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fulfillment_status: Option<FulfillmentStatus>,
    /// When the order was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the order was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// Every other member (line items, totals, ... after the stored copy's cut), as sent.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

list_query! {
    /// Query of `GET /unified/ecommerce/orders`: the typed filters of the list page (the
    /// customer filter, whose name the stored copy does not show, goes through
    /// [`param`](Self::param)).
    pub struct ListEcommerceOrdersQuery {
        /// `status=...` (three integrations).
        status: EcommerceOrderStatus,
        /// Keeps the orders in this status (`Any` for every status).
        fn status(status: impl Into<EcommerceOrderStatus>) = status.into();

        /// `fulfillment_status=...` (four integrations).
        fulfillment_status: FulfillmentStatus,
        /// Keeps the orders with this fulfillment status.
        fn fulfillment_status(status: impl Into<FulfillmentStatus>) = status.into();

        /// `created_at[op]=...`: when the order was created.
        created_at,

        /// `updated_at[op]=...`: when the order was last updated.
        updated_at,

        /// `sort_by[field]=asc|desc` (`created_at`, `id`, `updated_at`).
        sort_by: SortBy,
        /// Sets `sort_by`.
        fn sort_by(sort_by: SortBy);
    }
}

/// The `orders` resource: list, get (`/unified/ecommerce/orders`).
pub trait EcommerceOrdersApi: Api {
    /// Lists orders (partial records: the list page says to get each for the full object).
    #[truto_endpoint(GET, "/unified/ecommerce/orders")]
    fn list_ecommerce_orders(
        &self,
        #[query] query: &ListEcommerceOrdersQuery,
    ) -> Paginator<EcommerceOrder>;

    /// Gets one order.
    #[truto_endpoint(GET, "/unified/ecommerce/orders/{id}")]
    async fn get_ecommerce_order(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<EcommerceOrder>;
}

impl EcommerceOrdersApi for Client {}
