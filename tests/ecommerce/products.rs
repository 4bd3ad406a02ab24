//! Products: every method of [`EcommerceProductsApi`](truto::ecommerce::EcommerceProductsApi)
//! over loopback HTTP against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::ecommerce::{
    CreateEcommerceProduct, EcommerceProduct, EcommerceProductImage, EcommerceProductOption,
    EcommerceProductsApi, ListEcommerceProductsQuery,
};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "ecommerce/products";

#[tokio::test]
async fn products_list_pages_by_name_and_date_and_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListEcommerceProductsQuery::new(ACCOUNT)
        .limit(2)
        .name("Ceramic mug")
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let products = env
        .client
        .list_ecommerce_products(&list)
        .collect_all()
        .await
        .unwrap();
    let first =
        format!("{ACCOUNT_QUERY}&limit=2&name=Ceramic%20mug&created_at[gt]={AFTER_THIRD_ENCODED}");
    env.assert_pages(
        "/unified/ecommerce/products",
        // v1:ecommerce/products:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6ZWNvbW1lcmNlL3Byb2R1Y3RzOmY6NQ"),
        ],
    );
    let ids: Vec<String> = products.iter().filter_map(|p| p.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("ecommerce-product"));

    // Expected values read from truto-mock/fixtures/unified/ecommerce/products.json.
    let product = &products[0];
    assert_eq!(product.name.as_deref(), Some("Ceramic mug"));
    assert_eq!(
        product.description.as_deref(),
        Some("350 ml, dishwasher safe")
    );
    assert_eq!(product.sku.as_deref(), Some("MUG-350"));
    assert_eq!(product.price, Some(14.5));
    assert_eq!(product.status.as_deref(), Some("active"));
    assert_eq!(product.notes.as_deref(), Some("Ships in 2 days"));
    assert_eq!(
        product.categories,
        Some(vec![Reference::new("cat-kitchen", "Kitchen")])
    );
    assert_eq!(
        product.images,
        Some(vec![EcommerceProductImage {
            id: Some("img-1".into()),
            url: Some("https://shop.example.com/mug.jpg".into()),
        }])
    );
    assert_eq!(
        product.options,
        Some(vec![EcommerceProductOption {
            id: Some("opt-color".into()),
            name: Some("Color".into()),
            values: Some(vec!["white".into(), "black".into()]),
        }])
    );
    // The stock quantity's name is not confirmed: kept as sent.
    assert_eq!(product.other["inventory_quantity"], json!(120));
}

#[tokio::test]
async fn products_create_sends_the_body_once() {
    let env = Env::empty().await;
    let body = CreateEcommerceProduct::new()
        .field("name", "Teapot")
        .remote_field("vendor", "Acme");
    let created = env
        .client
        .create_ecommerce_product(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/ecommerce/products",
        ACCOUNT_QUERY,
        Some(json!({"name": "Teapot", "remote_data": {"vendor": "Acme"}})),
    );
    assert_eq!(created.id.as_deref(), Some("ecommerce-product-000001"));
    assert_eq!(created.name.as_deref(), Some("Teapot"));
    assert_eq!(created, env.stored(STORE, "ecommerce-product-000001"));
}

#[test]
fn product_decodes_nulls_and_extra_fields_and_rejects_wrong_types() {
    let odd: EcommerceProduct =
        serde_json::from_value(json!({"price": 3, "images": null, "weight": "1kg"})).unwrap();
    assert_eq!(odd.price, Some(3.0));
    assert_eq!(odd.images, None);
    assert_eq!(odd.other["weight"], json!("1kg"));
    assert!(serde_json::from_value::<EcommerceProduct>(json!({"price": "3.00"})).is_err());
}
