//! [`FileStorageRecord`]: the forgiving shape of the file-storage resources whose schema no
//! stored page shows (users, groups, workspaces): `id`, `name`, the timestamps and
//! `remote_data` typed, everything else kept as JSON.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A record of a file-storage resource whose fields are not confirmed by a stored page.
/// `id`, `name`, `created_at`, `updated_at` and `remote_data` are typed (the fields every
/// unified resource has); every other field is kept in [`other`](Self::other).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct FileStorageRecord {
    /// The unique identifier of the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// When the record was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the record was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// The other fields, as sent.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// Declares a list/get resource whose record is a [`FileStorageRecord`]: the model alias,
/// its list query (the date operators of every unified list) and its endpoint trait,
/// implemented for [`Client`](crate::Client). The paths are `tt`, not `literal`, fragments:
/// `#[truto_endpoint]` needs the bare string literal, which a `literal` fragment would wrap.
macro_rules! record_resource {
    (
        $(#[$model_doc:meta])*
        model $model:ident;
        query $query:ident;
        $(#[$trait_doc:meta])*
        trait $trait_name:ident {
            path $path:tt, $item_path:tt;
            list $list:ident;
            get $get:ident;
        }
    ) => {
        $(#[$model_doc])*
        pub type $model = $crate::file_storage::record::FileStorageRecord;

        $crate::list_query::list_query! {
            /// The query of this resource's list: the `created_at` / `updated_at` operators;
            /// anything else goes through [`param`](Self::param).
            pub struct $query {
                /// `created_at[op]=...`: when the record was created.
                created_at,

                /// `updated_at[op]=...`: when the record was last updated.
                updated_at,
            }
        }

        $(#[$trait_doc])*
        pub trait $trait_name: $crate::Api {
            /// Lists the records.
            #[$crate::truto_endpoint(GET, $path)]
            fn $list(&self, #[query] query: &$query) -> $crate::Paginator<$model>;

            /// Gets one record.
            #[$crate::truto_endpoint(GET, $item_path)]
            async fn $get(
                &self,
                id: &str,
                #[query] query: &$crate::QueryParams,
            ) -> $crate::Result<$model>;
        }

        impl $trait_name for $crate::Client {}
    };
}

pub(crate) use record_resource;
