//! `#[truto_endpoint]`: expansion snapshots and errors.

use quote::quote;

use super::{assert_errors, assert_expands};
use crate::expand_endpoint;

#[test]
fn contract_import_ticket() {
    assert_expands(
        quote!(POST, "/unified/ticketing/tickets/import"),
        quote! {
            #[doc = " Import a ticket."]
            async fn import_ticket(&self, #[query] q: &MyQuery, #[body] b: &MyBody)
                -> truto::Result<truto::ticketing::Ticket>;
        },
        quote! {
            #[doc = " Import a ticket."]
            #[doc = ""]
            #[doc = "**HTTP:** `POST /unified/ticketing/tickets/import`"]
            fn import_ticket(&self, q: &MyQuery, b: &MyBody)
                -> impl ::core::future::Future<Output = truto::Result<truto::ticketing::Ticket>>
                    + ::core::marker::Send
            {
                let mut __truto_request = ::truto::__private::RequestBuilder::new(
                    ::truto::__private::Method::Post,
                    "/unified/ticketing/tickets/import",
                );
                __truto_request.push_literal("/unified/ticketing/tickets/import");
                __truto_request.query(&q);
                __truto_request.json_body(&b);
                let __truto_sent = ::truto::__private::send(::truto::__private::client(self), __truto_request);
                async move {
                    ::truto::__private::decode_json::<truto::ticketing::Ticket>(__truto_sent.await?)
                }
            }
        },
    );
}

#[test]
fn contract_part_with_placeholders_plain_param_header_and_format() {
    assert_expands(
        quote!(GET, "/things/{id}/parts/{part}", format = raw),
        quote! {
            async fn part(&self, id: &str, part: u32, integrated_account_id: &str,
                #[header("X-Trace")] trace: Option<&str>) -> truto::Result<serde_json::Value>;
        },
        quote! {
            #[doc = "**HTTP:** `GET /things/{id}/parts/{part}` (response format `raw`)"]
            fn part(&self, id: &str, part: u32, integrated_account_id: &str, trace: Option<&str>)
                -> impl ::core::future::Future<Output = truto::Result<serde_json::Value>>
                    + ::core::marker::Send
            {
                let mut __truto_request = ::truto::__private::RequestBuilder::new(
                    ::truto::__private::Method::Get,
                    "/things/{id}/parts/{part}",
                );
                __truto_request.push_literal("/things/");
                __truto_request.push_segment("id", &id);
                __truto_request.push_literal("/parts/");
                __truto_request.push_segment("part", &part);
                __truto_request.query_param("integrated_account_id", &integrated_account_id);
                __truto_request.header("X-Trace", trace);
                __truto_request.response_format(::truto::__private::ResponseFormat::Raw);
                let __truto_sent = ::truto::__private::send(::truto::__private::client(self), __truto_request);
                async move {
                    ::truto::__private::decode_json::<serde_json::Value>(__truto_sent.await?)
                }
            }
        },
    );
}

#[test]
fn unit_result_keeps_generics_where_clause_attrs_and_raw_idents() {
    assert_expands(
        quote!(DELETE, "/{type}/{id}"),
        quote! {
            #[cfg(feature = "x")]
            #[must_use = "send it"]
            async fn remove<'a, Q>(&'a self, r#type: &'a str, id: u64, #[allow(unused_mut)] mut r#ref: Q)
                -> Result<()>
            where
                Q: Serialize + Sync;
        },
        quote! {
            #[cfg(feature = "x")]
            #[must_use = "send it"]
            #[doc = "**HTTP:** `DELETE /{type}/{id}`"]
            fn remove<'a, Q>(&'a self, r#type: &'a str, id: u64, #[allow(unused_mut)] mut r#ref: Q)
                -> impl ::core::future::Future<Output = Result<()>> + ::core::marker::Send
            where
                Q: Serialize + Sync
            {
                let mut __truto_request = ::truto::__private::RequestBuilder::new(
                    ::truto::__private::Method::Delete,
                    "/{type}/{id}",
                );
                __truto_request.push_literal("/");
                __truto_request.push_segment("type", &r#type);
                __truto_request.push_literal("/");
                __truto_request.push_segment("id", &id);
                __truto_request.query_param("ref", &r#ref);
                let __truto_sent = ::truto::__private::send(::truto::__private::client(self), __truto_request);
                async move { ::truto::__private::decode_unit(__truto_sent.await?) }
            }
        },
    );
}

#[test]
fn byte_stream_result_streams() {
    assert_expands(
        quote!(PUT, "/files/", format = stream),
        quote! {
            async fn upload(&self, #[body] bytes: Vec<u8>, #[query] q: &Q, #[query] r: R)
                -> truto::Result<truto::ByteStream>;
        },
        quote! {
            #[doc = "**HTTP:** `PUT /files/` (response format `stream`)"]
            fn upload(&self, bytes: Vec<u8>, q: &Q, r: R)
                -> impl ::core::future::Future<Output = truto::Result<truto::ByteStream>>
                    + ::core::marker::Send
            {
                let mut __truto_request = ::truto::__private::RequestBuilder::new(
                    ::truto::__private::Method::Put,
                    "/files/",
                );
                __truto_request.push_literal("/files/");
                __truto_request.json_body(&bytes);
                __truto_request.query(&q);
                __truto_request.query(&r);
                __truto_request.response_format(::truto::__private::ResponseFormat::Stream);
                __truto_request.stream_response();
                let __truto_sent = ::truto::__private::send(::truto::__private::client(self), __truto_request);
                async move { ::truto::__private::decode_stream(__truto_sent.await?) }
            }
        },
    );
}

#[test]
fn fallback_keeps_a_usable_method_and_reports() {
    // Attribute syntax errors come first (parsing), then the checks, in signature order.
    let expected_error = "endpoint methods are `async fn`: write `async fn` here";
    assert_expands(
        quote!(GET, "/things"),
        quote! {
            /// Things.
            fn things(self, #[qeury] q: &Q, (a, b): (u8, u8)) -> truto::Result<Vec<u8>>;
        },
        quote! {
            /// Things.
            #[allow(unused_variables, unused_mut)]
            fn things(&self, q: &Q, (a, b): (u8, u8))
                -> impl ::core::future::Future<Output = truto::Result<Vec<u8>>> + ::core::marker::Send
            {
                ::core::compile_error! { "unknown parameter attribute `#[qeury]`; expected one of `#[query]`, `#[body]`, `#[multipart]`, `#[raw_body]`, `#[header(\"Name\")]`" }
                ::core::compile_error! { #expected_error }
                ::core::compile_error! { "endpoint methods take `&self`, not `self`: a request only reads the client" }
                ::core::compile_error! { "endpoint parameters need a plain name: a parameter fills the path placeholder of that name, is sent as the query parameter of that name, or is `#[query]`, `#[body]` or `#[header(\"Name\")]`" }
                ::core::future::pending::<truto::Result<Vec<u8>>>()
            }
        },
    );
}

#[test]
fn fallback_output_without_a_nameable_return_type_is_unit() {
    let out = expand_endpoint(
        quote!(GET, "/a"),
        quote!(
            fn a(&self) -> impl Future<Output = u8>;
        ),
    )
    .to_string();
    assert!(out.contains(
        &quote!(-> impl ::core::future::Future<Output = ()> + ::core::marker::Send).to_string()
    ));
    assert!(out.contains(&quote!(::core::future::pending::<()>()).to_string()));
    let out = expand_endpoint(
        quote!(GET, "/a"),
        quote!(
            async fn a(&self);
        ),
    )
    .to_string();
    assert!(out.contains(&quote!(::core::future::pending::<()>()).to_string()));
}

#[test]
fn not_a_trait_method_is_passed_through() {
    let item = quote!(
        pub struct Things;
    );
    let out = expand_endpoint(quote!(GET, "/a"), item.clone()).to_string();
    assert!(out.starts_with(&item.to_string()));
    assert!(out.contains("compile_error"));
}

#[test]
fn a_second_truto_endpoint_is_reported_and_dropped() {
    let out = expand_endpoint(
        quote!(GET, "/a"),
        quote! {
            #[truto::truto_endpoint(GET, "/b")]
            async fn a(&self) -> truto::Result<()>;
        },
    )
    .to_string();
    assert!(out.contains("duplicate `#[truto_endpoint]`"));
    assert!(!out.contains("truto_endpoint (GET"));
}

#[test]
fn all_problems_are_reported_at_once() {
    assert_errors(
        quote!(GET, "/things/{idd}/{id}", format = xml),
        quote! {
            fn things(&mut self, id: &str, #[body] a: &B, #[body] b: &B,
                #[header("X Y")] h: &str, #[header("X-A")] h2: &str, #[header("x-a")] h3: &str)
                -> Option<u8> { todo!() }
        },
        &[
            "unknown response format `xml`",
            "an endpoint method is declared without a body",
            "endpoint methods are `async fn`",
            "not `&mut self`",
            "endpoint methods return `truto::Result<T>`",
            "a GET request has no body",
            "only one `#[body]` parameter is allowed; `a` is already the body",
            "invalid header name `X Y`",
            "header `x-a` is already set by another parameter (as `X-A`)",
            "path placeholder `{idd}` has no parameter named `idd`",
        ],
    );
}

#[test]
fn argument_errors() {
    let item = quote!(
        async fn a(&self) -> truto::Result<()>;
    );
    assert_errors(quote!(), item.clone(), &["missing arguments"]);
    assert_errors(
        quote!(GET),
        item.clone(),
        &["missing the path after the HTTP method"],
    );
    assert_errors(quote!("/a"), item.clone(), &["missing the HTTP method"]);
    assert_errors(quote!(format = raw), item.clone(), &["missing arguments"]);
    assert_errors(
        quote!(FETCH, "/a"),
        item.clone(),
        &["unknown HTTP method `FETCH`; expected one of `GET`, `POST`, `PUT`, `PATCH`, `DELETE`"],
    );
    assert_errors(
        quote!(GET, PATH),
        item.clone(),
        &["the path must be a string literal"],
    );
    assert_errors(
        quote!(GET, b"/a"),
        item.clone(),
        &["the path must be a string literal"],
    );
    assert_errors(
        quote!(GET, "/a", raw),
        item.clone(),
        &["unexpected argument"],
    );
    assert_errors(
        quote!(GET, "/a", formt = raw),
        item.clone(),
        &["unknown option `formt`; valid keys: `format`"],
    );
    assert_errors(
        quote!(GET, "/a", format = "raw"),
        item.clone(),
        &["unknown response format `\"raw\"`"],
    );
    assert_errors(
        quote!(GET, "/a", format = raw, format = stream),
        item.clone(),
        &["duplicate `format` option"],
    );
    assert_errors(quote!(GET "/a"), item, &["expected `,`"]);
}

#[test]
fn path_errors_are_reported_with_binding_errors() {
    assert_errors(
        quote!(GET, "a/{id}/x{y}?q"),
        quote!(
            async fn a(&self, id: &str, y: &str) -> truto::Result<()>;
        ),
        &[
            "the path must start with `/`",
            "placeholder `{y}` must be a whole path segment",
            "the path must not contain `?`",
        ],
    );
    assert_errors(
        quote!(GET, "/a/{id}/{id}"),
        quote!(
            async fn a(&self, id: &str) -> truto::Result<()>;
        ),
        &["placeholder `{id}` appears more than once in the path"],
    );
}

#[test]
fn parameter_errors() {
    assert_errors(
        quote!(POST, "/a/{id}"),
        quote! {
            async fn a(&self, #[query] id: &str, #[query(x)] q: &Q, #[header] h: &str,
                #[serde(flatten)] s: &S, #[query] #[body] c: &C, _: u8, ref r: u8) -> truto::Result<()>;
        },
        &[
            "`#[query]` takes no arguments",
            "expected `#[header(\"Name\")]`",
            "unknown parameter attribute `#[serde]`",
            "conflicting attributes: this parameter is already `#[query]`",
            "parameter `id` fills the path placeholder `{id}`; it cannot also be `#[query]`",
            "endpoint parameters need a plain name",
            "endpoint parameters need a plain name",
        ],
    );
}

#[test]
fn receiver_and_signature_errors() {
    let attr = quote!(GET, "/a");
    assert_errors(
        attr.clone(),
        quote!(
            async fn a() -> truto::Result<()>;
        ),
        &["take `&self` first"],
    );
    assert_errors(
        attr.clone(),
        quote!(
            async fn a(self) -> truto::Result<()>;
        ),
        &["not `self`"],
    );
    assert_errors(
        attr.clone(),
        quote!(
            async fn a(self: &Self) -> truto::Result<()>;
        ),
        &["write the receiver as `&self`"],
    );
    assert_errors(
        attr.clone(),
        quote!(
            async fn a(&self) -> Result<(), E>;
        ),
        &["with one type argument"],
    );
    assert_errors(
        attr.clone(),
        quote!(
            async fn a(&self) -> Result;
        ),
        &["with one type argument"],
    );
    assert_errors(
        attr.clone(),
        quote!(
            async fn a(&self) -> Result<'a>;
        ),
        &["with one type argument"],
    );
    assert_errors(
        attr.clone(),
        quote!(
            const async fn a(&self) -> Result<()>;
        ),
        &["cannot be `const`"],
    );
    assert_errors(
        attr,
        quote!(
            async extern "C" fn a(&self) -> Result<()>;
        ),
        &["`extern` ABI"],
    );
}

#[test]
fn header_names_are_http_tokens() {
    use crate::bind::check_header_name;
    use crate::dialect::Dialect::Method;
    for ok in ["X-Trace", "x_y", "Idempotency-Key", "a!#$%&'*+-.^_`|~9"] {
        assert_eq!(check_header_name(ok, Method), Ok(()), "{ok}");
    }
    for bad in ["", "X Trace", "X:Y", "X\u{e9}", "X\"Y", "(x)"] {
        assert!(check_header_name(bad, Method).is_err(), "{bad}");
    }
}

#[test]
fn paginated_list_keeps_its_signature_and_paginates() {
    assert_expands(
        quote!(GET, "/unified/ticketing/comments"),
        quote! {
            #[doc = " Every comment."]
            fn list_comments(&self, #[query] query: &ListCommentsQuery) -> truto::Paginator<Comment>;
        },
        quote! {
            #[doc = " Every comment."]
            #[doc = ""]
            #[doc = "**HTTP:** `GET /unified/ticketing/comments` (paginated: a stream of items across pages)"]
            fn list_comments(&self, query: &ListCommentsQuery) -> truto::Paginator<Comment> {
                let mut __truto_request = ::truto::__private::RequestBuilder::new(
                    ::truto::__private::Method::Get,
                    "/unified/ticketing/comments",
                );
                __truto_request.push_literal("/unified/ticketing/comments");
                __truto_request.query(&query);
                ::truto::__private::paginate::<Comment>(::truto::__private::client(self), __truto_request)
            }
        },
    );
}

#[test]
fn paginated_with_placeholders_plain_params_and_format() {
    assert_expands(
        quote!(GET, "/unified/{model}/items", format = normalized),
        quote! {
            fn items<T>(&self, model: &str, limit: Option<u32>) -> Paginator<T>
            where
                T: DeserializeOwned + Send + 'static;
        },
        quote! {
            #[doc = "**HTTP:** `GET /unified/{model}/items` (paginated: a stream of items across pages) (response format `normalized`)"]
            fn items<T>(&self, model: &str, limit: Option<u32>) -> Paginator<T>
            where
                T: DeserializeOwned + Send + 'static
            {
                let mut __truto_request = ::truto::__private::RequestBuilder::new(
                    ::truto::__private::Method::Get,
                    "/unified/{model}/items",
                );
                __truto_request.push_literal("/unified/");
                __truto_request.push_segment("model", &model);
                __truto_request.push_literal("/items");
                __truto_request.query_param("limit", &limit);
                __truto_request.response_format(::truto::__private::ResponseFormat::Normalized);
                ::truto::__private::paginate::<T>(::truto::__private::client(self), __truto_request)
            }
        },
    );
}

#[test]
fn tail_placeholder_pushes_segments() {
    assert_expands(
        quote!(GET, "/drives/{drive}/files/{*path}"),
        quote! {
            async fn file(&self, drive: u64, path: &str) -> truto::Result<truto::ByteStream>;
        },
        quote! {
            #[doc = "**HTTP:** `GET /drives/{drive}/files/{*path}`"]
            fn file(&self, drive: u64, path: &str)
                -> impl ::core::future::Future<Output = truto::Result<truto::ByteStream>>
                    + ::core::marker::Send
            {
                let mut __truto_request = ::truto::__private::RequestBuilder::new(
                    ::truto::__private::Method::Get,
                    "/drives/{drive}/files/{*path}",
                );
                __truto_request.push_literal("/drives/");
                __truto_request.push_segment("drive", &drive);
                __truto_request.push_literal("/files/");
                __truto_request.push_segments("path", &path);
                __truto_request.stream_response();
                let __truto_sent = ::truto::__private::send(::truto::__private::client(self), __truto_request);
                async move { ::truto::__private::decode_stream(__truto_sent.await?) }
            }
        },
    );
}

#[test]
fn paginated_fallback_keeps_the_paginator_signature() {
    assert_expands(
        quote!(POST, "/comments"),
        quote! {
            async fn comments(&self, #[query] q: &Q) -> Paginator<Comment>;
        },
        quote! {
            #[allow(unused_variables, unused_mut)]
            fn comments(&self, q: &Q) -> Paginator<Comment> {
                ::core::compile_error! { "paginated endpoints are plain `fn`: nothing is sent until the stream is polled; remove `async`" }
                ::core::compile_error! { "paginated endpoints are `GET`: Truto's lists are read with GET; for a `POST` endpoint write `async fn .. -> truto::Result<T>`" }
                ::truto::__private::paginate_invalid()
            }
        },
    );
}

#[test]
fn paginated_errors() {
    assert_errors(
        quote!(GET, "/a", format = raw),
        quote!(
            fn a(&self) -> Paginator<u8>;
        ),
        &["`format = raw` cannot be paginated: pagination decodes Truto's list envelope"],
    );
    assert_errors(
        quote!(GET, "/a", format = stream),
        quote!(
            fn a(&self) -> Paginator<u8>;
        ),
        &["`format = stream` cannot be paginated"],
    );
    // `Result<Paginator<T>>`: both mistakes, and no advice to write `async`.
    assert_errors(
        quote!(GET, "/a"),
        quote!(
            async fn a(&self) -> truto::Result<truto::Paginator<u8>>;
        ),
        &[
            "paginated endpoints are plain `fn`",
            "paginated endpoints return `Paginator<T>` itself, not in a `Result`",
        ],
    );
    assert_errors(
        quote!(GET, "/a"),
        quote!(
            fn a(&self) -> Result<Paginator<u8>>;
        ),
        &["paginated endpoints return `Paginator<T>` itself, not in a `Result`"],
    );
    assert_errors(
        quote!(GET, "/a"),
        quote!(
            fn a(&self) -> Paginator<u8, u16>;
        ),
        &["paginated endpoints return `Paginator<T>` with one type argument"],
    );
    assert_errors(
        quote!(DELETE, "/a", format = unified),
        quote!(
            fn a(&self, #[body] b: &B) -> Paginator<u8>;
        ),
        &["paginated endpoints are `GET`"],
    );
    // A plain `fn` returning anything else still needs `async`.
    assert_errors(
        quote!(GET, "/a"),
        quote!(
            fn a(&self) -> truto::Result<u8>;
        ),
        &["endpoint methods are `async fn`: write `async fn` here"],
    );
}

#[test]
fn tail_errors() {
    assert_errors(
        quote!(GET, "/a/{*rest}/b"),
        quote!(
            async fn a(&self, rest: &str) -> truto::Result<()>;
        ),
        &["the tail placeholder `{*rest}` takes the rest of the path, so it must be the last segment"],
    );
    assert_errors(
        quote!(GET, "/a/{*rest}"),
        quote!(
            async fn a(&self) -> truto::Result<()>;
        ),
        &["path placeholder `{*rest}` has no parameter named `rest`; add one, e.g. `rest: &str`"],
    );
}

#[test]
fn idempotency_is_declared_per_endpoint() {
    assert_expands(
        quote!(PUT, "/custom/{*path}", idempotent),
        quote! {
            async fn put(&self, path: &str, #[body] b: &B) -> truto::Result<()>;
        },
        quote! {
            #[doc = "**HTTP:** `PUT /custom/{*path}` (idempotent: retried after a lost answer)"]
            fn put(&self, path: &str, b: &B)
                -> impl ::core::future::Future<Output = truto::Result<()>> + ::core::marker::Send
            {
                let mut __truto_request = ::truto::__private::RequestBuilder::new(
                    ::truto::__private::Method::Put,
                    "/custom/{*path}",
                );
                __truto_request.push_literal("/custom/");
                __truto_request.push_segments("path", &path);
                __truto_request.json_body(&b);
                __truto_request.idempotency(::truto::__private::Idempotency::Idempotent);
                let __truto_sent = ::truto::__private::send(::truto::__private::client(self), __truto_request);
                async move { ::truto::__private::decode_unit(__truto_sent.await?) }
            }
        },
    );
    for (value, variant) in [
        (quote!(true), "Idempotent"),
        (quote!(false), "NotIdempotent"),
        (quote!(key), "ByKey"),
    ] {
        let expanded = expand_endpoint(
            quote!(POST, "/things", idempotent = #value),
            quote!(
                async fn make(&self) -> truto::Result<()>;
            ),
        )
        .to_string();
        let call = format!("Idempotency :: {variant}");
        assert!(expanded.contains(&call), "{value}: {expanded}");
    }
}

#[test]
fn idempotency_options_are_checked() {
    let item = quote!(
        async fn make(&self) -> truto::Result<()>;
    );
    assert_errors(
        quote!(POST, "/things", idempotent = maybe),
        item.clone(),
        &["unknown value `maybe`: write `idempotent` or `idempotent = true`"],
    );
    assert_errors(
        quote!(POST, "/things", idempotent, idempotent = key),
        item.clone(),
        &["duplicate `idempotent` option"],
    );
    assert_errors(
        quote!(POST, "/things", idempotnt = true),
        item,
        &["unknown option `idempotnt`; valid keys: `format`, `idempotent`"],
    );
}

#[test]
fn headers_the_sdk_owns_cannot_be_declared() {
    for name in [
        "Authorization",
        "idempotency-key",
        "Content-Type",
        "User-Agent",
    ] {
        assert_errors(
            quote!(GET, "/things"),
            quote!(
                async fn get(&self, #[header(#name)] v: &str) -> truto::Result<()>;
            ),
            &["is set by the SDK itself and cannot be declared"],
        );
    }
}

#[test]
fn multipart_and_raw_bodies_fill_the_request() {
    assert_expands(
        quote!(POST, "/unified/ticketing/attachments"),
        quote! {
            async fn upload(&self, #[query] q: &Q, #[multipart] form: &truto::Multipart)
                -> truto::Result<Value>;
        },
        quote! {
            #[doc = "**HTTP:** `POST /unified/ticketing/attachments`"]
            fn upload(&self, q: &Q, form: &truto::Multipart)
                -> impl ::core::future::Future<Output = truto::Result<Value>>
                    + ::core::marker::Send
            {
                let mut __truto_request = ::truto::__private::RequestBuilder::new(
                    ::truto::__private::Method::Post,
                    "/unified/ticketing/attachments",
                );
                __truto_request.push_literal("/unified/ticketing/attachments");
                __truto_request.query(&q);
                __truto_request.multipart_body(&form);
                let __truto_sent = ::truto::__private::send(::truto::__private::client(self), __truto_request);
                async move { ::truto::__private::decode_json::<Value>(__truto_sent.await?) }
            }
        },
    );
    assert_expands(
        quote!(POST, "/proxy/files"),
        quote! {
            async fn put_file(&self, #[raw_body] body: truto::RawBody) -> truto::Result<()>;
        },
        quote! {
            #[doc = "**HTTP:** `POST /proxy/files`"]
            fn put_file(&self, body: truto::RawBody)
                -> impl ::core::future::Future<Output = truto::Result<()>>
                    + ::core::marker::Send
            {
                let mut __truto_request = ::truto::__private::RequestBuilder::new(
                    ::truto::__private::Method::Post,
                    "/proxy/files",
                );
                __truto_request.push_literal("/proxy/files");
                __truto_request.raw_body(&body);
                let __truto_sent = ::truto::__private::send(::truto::__private::client(self), __truto_request);
                async move { ::truto::__private::decode_unit(__truto_sent.await?) }
            }
        },
    );
}

#[test]
fn a_request_has_one_body_of_any_kind() {
    assert_errors(
        quote!(POST, "/things"),
        quote! {
            async fn a(&self, #[body] b: &B, #[multipart] m: &Multipart, #[raw_body] r: &RawBody,
                #[multipart(x)] n: &Multipart) -> truto::Result<()>;
        },
        &[
            "`#[multipart]` takes no arguments",
            "a request has one body: `b` is already the body (`#[body]`), so this parameter cannot be `#[multipart]` too",
            "a request has one body: `b` is already the body (`#[body]`), so this parameter cannot be `#[raw_body]` too",
        ],
    );
    assert_errors(
        quote!(GET, "/things"),
        quote! {
            async fn a(&self, #[raw_body] r: &RawBody) -> truto::Result<()>;
        },
        &["a GET request has no body"],
    );
}
