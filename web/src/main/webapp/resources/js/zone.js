// Preselects the browser's own time zone in every "time zone of the signing time" choice (the signature records
// date and time with zone, 21 CFR 11.50). Without JavaScript the choice stays at UTC and can be changed by hand.
document.addEventListener('DOMContentLoaded', function () {
    var zone;
    try {
        zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch (e) {
        return;
    }
    document.querySelectorAll('select.zone-choice').forEach(function (select) {
        if (select.value !== 'UTC') {
            return;
        }
        for (var i = 0; i < select.options.length; i++) {
            if (select.options[i].value === zone) {
                select.value = zone;
                return;
            }
        }
    });
});
