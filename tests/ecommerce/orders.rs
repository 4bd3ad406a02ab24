//! Orders: every method of [`EcommerceOrdersApi`](truto::ecommerce::EcommerceOrdersApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::ecommerce::{
    EcommerceAddress, EcommerceCustomerEmail, EcommerceOrder, EcommerceOrderStatus,
    EcommerceOrdersApi, FulfillmentStatus, ListEcommerceOrdersQuery,
};
use truto::{Compare, PhoneNumber, SortBy};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "ecommerce/orders";

#[tokio::test]
async fn orders_list_pages_with_status_filters() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListEcommerceOrdersQuery::new(ACCOUNT)
        .limit(2)
        .status(EcommerceOrderStatus::Any)
        .fulfillment_status(FulfillmentStatus::Delivered)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let orders = env
        .client
        .list_ecommerce_orders(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&status=any&fulfillment_status=delivered&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/ecommerce/orders",
        // v1:ecommerce/orders:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6ZWNvbW1lcmNlL29yZGVyczpmOjU"),
        ],
    );
    let ids: Vec<String> = orders.iter().filter_map(|o| o.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("ecommerce-order"));
}

#[tokio::test]
async fn orders_list_sorts_by_creation_descending() {
    let env = Env::start(MockServer::builder().seed(STORE, 2)).await;
    let list = ListEcommerceOrdersQuery::new(ACCOUNT).sort_by(SortBy::desc("created_at"));
    let orders = env
        .client
        .list_ecommerce_orders(&list)
        .collect_all()
        .await
        .unwrap();
    env.assert_pages(
        "/unified/ecommerce/orders",
        &[&format!("{ACCOUNT_QUERY}&sort_by[created_at]=desc")],
    );
    let ids: Vec<String> = orders.iter().filter_map(|o| o.id.clone()).collect();
    assert_eq!(ids, ["ecommerce-order-000002", "ecommerce-order-000001"]);
}

#[tokio::test]
async fn orders_get_decodes_the_seeded_record_field_by_field() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let order = env
        .client
        .get_ecommerce_order("ecommerce-order-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ecommerce/orders/ecommerce-order-000001",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/ecommerce/orders.json.
    assert_eq!(
        order.billing_address,
        Some(EcommerceAddress {
            company_name: Some("Acme Ltd".into()),
            street_1: Some("1 High St".into()),
            street_2: Some("Floor 2".into()),
            city: Some("London".into()),
            state: Some("Greater London".into()),
            postal_code: Some("N1 1AA".into()),
            country: Some("GB".into()),
        })
    );
    assert_eq!(order.currency.as_deref(), Some("GBP"));
    let customer = order.customer.as_ref().unwrap();
    assert_eq!(customer.id.as_deref(), Some("cust-9"));
    assert_eq!(customer.first_name.as_deref(), Some("Ana"));
    assert_eq!(customer.last_name.as_deref(), Some("Souza"));
    assert_eq!(customer.name.as_deref(), Some("Ana Souza"));
    assert_eq!(customer.company_name.as_deref(), Some("Acme Ltd"));
    assert_eq!(
        customer.emails,
        Some(vec![EcommerceCustomerEmail {
            email: Some("ana@example.com".into()),
            status: Some("verified".into()),
            kind: Some("work".into()),
        }])
    );
    let mut phone = PhoneNumber::new("+44 20 7946 0000");
    phone.kind = Some("mobile".into());
    assert_eq!(customer.phones, Some(vec![phone]));
    assert_eq!(
        order.discounts.as_ref().unwrap()[0]["code"],
        json!("SPRING10")
    );
    assert_eq!(order.status, Some(EcommerceOrderStatus::Completed));
    assert_eq!(order.fulfillment_status, Some(FulfillmentStatus::Delivered));
    assert_eq!(order.other["total_price"], json!(29));
    assert_not_found(
        env.client.get_ecommerce_order("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[test]
fn order_decodes_unknown_statuses_and_rejects_wrong_types() {
    let odd: EcommerceOrder =
        serde_json::from_value(json!({"status": "on_hold", "fulfillment_status": "unshipped"}))
            .unwrap();
    assert_eq!(
        odd.status,
        Some(EcommerceOrderStatus::Other("on_hold".into()))
    );
    assert_eq!(
        odd.fulfillment_status,
        Some(FulfillmentStatus::Other("unshipped".into()))
    );
    assert!(serde_json::from_value::<EcommerceOrder>(json!({"customer": "cust-9"})).is_err());
}
