//! The `devices` resource of the unified MDM API (`/unified/mdm/devices`): the computers and
//! phones a mobile device management tool enrolls (Jamf, Kandji / Iru, NinjaOne, ...).
//!
//! Sources (as stored copies): `unified-mdm-api/devices/list.md` (Jamf partial, Kandji,
//! NinjaOne): query `name` ("Pass this value only when type is mobile") and `type` ("The
//! type/category of the device", its allowed values cut off in the copy); the response
//! schema is not in the copy. Truto's blog post launching the API ("normalizes devices,
//! users, and apps") names the resource. Typed: `id`, `name`, `type` and the timestamps (all
//! but `name` and `type` **not confirmed**); every other member is kept as JSON in
//! [`other`](MdmDevice::other). Only list has a page.
//!
//! Here: [`MdmDevice`]; [`ListMdmDevicesQuery`]; [`MdmDevicesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator};

/// A device. The typed members are optional and accept `null`; the others are kept in
/// [`other`](Self::other).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct MdmDevice {
    /// The device's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The device's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The type (category) of the device (`mobile`, ...; the value list is cut off).
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// When the device was created (enrolled).
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the device was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// Every other member, as sent (the schema is not in the stored copy).
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

list_query! {
    /// Query of `GET /unified/mdm/devices`: the parameters of the list page.
    pub struct ListMdmDevicesQuery {
        /// `type=...`: the type of device to list.
        #[serde(rename = "type")]
        kind: String,
        /// Lists devices of this type (`mobile`, ...).
        fn kind(kind: impl Into<String>) = kind.into();

        /// `name=...` (only with `type=mobile`, the page says).
        name: String,
        /// Keeps the devices with this name.
        fn name(name: impl Into<String>) = name.into();

        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `devices` resource: list (`/unified/mdm/devices`).
pub trait MdmDevicesApi: Api {
    /// Lists devices (partial records for Jamf).
    #[truto_endpoint(GET, "/unified/mdm/devices")]
    fn list_mdm_devices(&self, #[query] query: &ListMdmDevicesQuery) -> Paginator<MdmDevice>;
}

impl MdmDevicesApi for Client {}
