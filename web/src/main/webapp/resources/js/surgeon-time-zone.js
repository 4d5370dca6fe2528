// The signer's time zone for an e-signature: the browser knows it, the server does not. Without script the
// field stays empty and the signature is shown in UTC.
(function () {
    var field = document.getElementById('approve:zone');
    if (field && window.Intl) {
        try {
            field.value = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
        } catch (e) {
            // an old browser: UTC
        }
    }
})();
