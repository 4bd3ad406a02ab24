//! Apps: [`MdmAppsApi`](truto::mdm::MdmAppsApi) over loopback HTTP against the mock's store,
//! and the decode of the example record.

use serde_json::json;
use truto::mdm::{CreateMdmApp, MdmApp, MdmAppTarget, MdmAppsApi};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "mdm/apps";

#[tokio::test]
async fn apps_create_sends_device_type_in_the_query_and_the_body_once() {
    let env = Env::empty().await;
    let target = MdmAppTarget::new(ACCOUNT).device_type("mobile");
    let body =
        CreateMdmApp::new("Slack", "4.36.140", "com.tinyspeck.chatlyio").is_system_app(false);
    let created = env.client.create_mdm_app(&target, &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/mdm/apps",
        &format!("{ACCOUNT_QUERY}&device_type=mobile"),
        Some(json!({
            "name": "Slack",
            "version": "4.36.140",
            "app_id": "com.tinyspeck.chatlyio",
            "is_system_app": false,
        })),
    );
    assert_eq!(created.id.as_deref(), Some("mdm-app-000001"));
    assert_eq!(created.app_id.as_deref(), Some("com.tinyspeck.chatlyio"));
    assert_eq!(created, env.stored(STORE, "mdm-app-000001"));
}

#[tokio::test]
async fn the_seeded_app_decodes_field_by_field() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let app: MdmApp = env.stored(STORE, "mdm-app-000001");
    // Expected values read from truto-mock/fixtures/unified/mdm/apps.json.
    assert_eq!(app.name.as_deref(), Some("Slack"));
    assert_eq!(app.version.as_deref(), Some("4.36.140"));
    assert_eq!(app.app_id.as_deref(), Some("com.tinyspeck.slackmacgap"));
    assert_eq!(app.is_system_app, Some(false));
    assert!(serde_json::from_value::<MdmApp>(json!({"is_system_app": "no"})).is_err());
}
