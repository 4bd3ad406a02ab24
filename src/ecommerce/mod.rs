//! Truto's unified e-commerce API (`/unified/ecommerce/...`; the docs call it
//! `unified-e-commerce-api`), typed: the models, their write bodies and list queries, and
//! the endpoints, declared with `#[truto_endpoint]` and implemented for
//! [`Client`](crate::Client).
//!
//! Truto maps shops (Bigcommerce, Commerce7, Shopify, Wix, WooCommerce, Zoho Inventory, ...)
//! onto one shape. The stored pages name two resources (`docs/unified-apis.md`); one file per
//! resource:
//!
//! | file | resource | trait |
//! |---|---|---|
//! | `products.rs` | [`EcommerceProduct`] | [`EcommerceProductsApi`] |
//! | `orders.rs` | [`EcommerceOrder`] | [`EcommerceOrdersApi`] |
//!
//! Every name carries `Ecommerce` because [`truto::prelude`](crate::prelude) imports every
//! API's traits and other unified APIs (CRM, accounting) know products and orders too. Only
//! the methods a reference page documents are declared.
//!
//! ```no_run
//! use truto::ecommerce::prelude::*;
//! use truto::ecommerce::{EcommerceOrderStatus, ListEcommerceOrdersQuery};
//! use truto::Client;
//!
//! # async fn demo(client: Client) -> truto::Result<()> {
//! let shop = client.for_account("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
//! let open = shop
//!     .list_ecommerce_orders(&ListEcommerceOrdersQuery::default().status(EcommerceOrderStatus::Active))
//!     .collect_all()
//!     .await?;
//! # let _ = open; Ok(()) }
//! ```

mod orders;
mod products;

pub use orders::{
    EcommerceAddress, EcommerceCustomer, EcommerceCustomerEmail, EcommerceOrder,
    EcommerceOrderStatus, EcommerceOrdersApi, FulfillmentStatus, ListEcommerceOrdersQuery,
};
pub use products::{
    CreateEcommerceProduct, EcommerceProduct, EcommerceProductImage, EcommerceProductOption,
    EcommerceProductsApi, ListEcommerceProductsQuery,
};

/// Every endpoint trait of the e-commerce API, to glob-import:
/// `use truto::ecommerce::prelude::*;`.
pub mod prelude {
    pub use super::{EcommerceOrdersApi, EcommerceProductsApi};
}
