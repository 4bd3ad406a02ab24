//! Devices: [`MdmDevicesApi`](truto::mdm::MdmDevicesApi) over loopback HTTP against the
//! mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::mdm::{ListMdmDevicesQuery, MdmDevice, MdmDevicesApi};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn devices_list_pages_by_type_and_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed("mdm/devices", 7)).await;
    let list = ListMdmDevicesQuery::new(ACCOUNT)
        .limit(2)
        .kind("computer")
        .name("Ana's MacBook Pro")
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let devices = env
        .client
        .list_mdm_devices(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&type=computer&name=Ana%27s%20MacBook%20Pro&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/mdm/devices",
        // v1:mdm/devices:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6bWRtL2RldmljZXM6Zjo1"),
        ],
    );
    let ids: Vec<String> = devices.iter().filter_map(|d| d.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("mdm-device"));
    // Expected values read from truto-mock/fixtures/unified/mdm/devices.json.
    assert_eq!(devices[0].name.as_deref(), Some("Ana's MacBook Pro"));
    assert_eq!(devices[0].kind.as_deref(), Some("computer"));
    assert_eq!(devices[0].other["serial_number"], json!("C02XK0AAJGH5"));
}

#[test]
fn device_decodes_nulls_and_rejects_wrong_types() {
    let odd: MdmDevice = serde_json::from_value(json!({"type": null, "os": "macOS"})).unwrap();
    assert_eq!(odd.kind, None);
    assert_eq!(odd.other["os"], json!("macOS"));
    assert!(serde_json::from_value::<MdmDevice>(json!({"name": 5})).is_err());
}
