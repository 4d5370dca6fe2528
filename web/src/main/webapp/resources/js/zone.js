// Fills in the browser's own time zone in every "time zone of the signing time" field (the signature records
// date and time with zone, 21 CFR 11.50), where the field still holds the default UTC. Without JavaScript the
// field stays at UTC and the signer can type another zone; the short list beside it suggests the common ones.
document.addEventListener('DOMContentLoaded', function () {
    var zone;
    try {
        zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch (e) {
        return;
    }
    if (!zone) {
        return;
    }
    document.querySelectorAll('input.zone-choice').forEach(function (field) {
        if (field.value === 'UTC' || field.value === '') {
            field.value = zone;
        }
    });
});
