//! The `products` resource of the unified e-commerce API (`/unified/ecommerce/products`):
//! the catalog of a shop (Bigcommerce, Commerce7, Shopify, Wix, WooCommerce, Zoho
//! Inventory).
//!
//! Sources (as stored copies): `unified-e-commerce-api/products/list` (partial records):
//! query `updated_at`, `name`, `sort_by` (`created_at`, `id`, `updated_at`: `asc`/`desc`),
//! `created_at`; `products/create`: body `remote_data` only; the response `id` (required),
//! `categories` (`id`, `name`), `created_at`, `description`, `images` (`id`, `url`), a stock
//! quantity, `name`, `notes`, `options` (`id`, `name`, `values`), `price`, `remote_data`,
//! `sku`, `status` ("If no clear mapping exists, then the raw value is returned"), then cut
//! off. The docs call the API `unified-e-commerce-api`; its path is `/unified/ecommerce`.
//!
//! Not confirmed: the wire name of the stock quantity (kept in
//! [`other`](EcommerceProduct::other) with the fields after the cut), the type of `price`
//! (a number here) and of option `values` (strings). No get, update or delete page was found.
//!
//! Here: [`EcommerceProduct`], [`EcommerceProductImage`], [`EcommerceProductOption`];
//! [`CreateEcommerceProduct`]; [`ListEcommerceProductsQuery`]; [`EcommerceProductsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Reference, Result, SortBy};

/// An image of a product (`images[]`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct EcommerceProductImage {
    /// The image's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The image's URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// An option of a product (`options[]`): size, color, ...
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct EcommerceProductOption {
    /// The option's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The option's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The option's values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<String>>,
}

/// A product. The typed members are optional and accept `null`; the others are kept in
/// [`other`](Self::other).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct EcommerceProduct {
    /// The unique identifier for the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The SKU of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    /// The price of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    /// The status of the product (the provider's word when no mapping exists).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Notes about the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// The categories of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub categories: Option<Vec<Reference>>,
    /// The images of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub images: Option<Vec<EcommerceProductImage>>,
    /// The options of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<EcommerceProductOption>>,
    /// When the product was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the product was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// Every other member (the stock quantity among them), as sent.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

list_query! {
    /// Query of `GET /unified/ecommerce/products`: the filters of the list page.
    pub struct ListEcommerceProductsQuery {
        /// `name=...` (six integrations).
        name: String,
        /// Keeps the products with this name.
        fn name(name: impl Into<String>) = name.into();

        /// `created_at[op]=...`: when the product was created.
        created_at,

        /// `updated_at[op]=...`: when the product was last updated.
        updated_at,

        /// `sort_by[field]=asc|desc` (`created_at`, `id`, `updated_at`).
        sort_by: SortBy,
        /// Sets `sort_by`.
        fn sort_by(sort_by: SortBy);
    }
}

write_body! {
    /// Body of `POST /unified/ecommerce/products`: the page documents only `remote_data`;
    /// anything else goes through [`field`](Self::field).
    pub struct CreateEcommerceProduct {}
}

/// The `products` resource: list, create (`/unified/ecommerce/products`).
pub trait EcommerceProductsApi: Api {
    /// Lists products (partial records: the list page says to get each for the full object).
    #[truto_endpoint(GET, "/unified/ecommerce/products")]
    fn list_ecommerce_products(
        &self,
        #[query] query: &ListEcommerceProductsQuery,
    ) -> Paginator<EcommerceProduct>;

    /// Creates a product.
    #[truto_endpoint(POST, "/unified/ecommerce/products")]
    async fn create_ecommerce_product(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateEcommerceProduct,
    ) -> Result<EcommerceProduct>;
}

impl EcommerceProductsApi for Client {}
